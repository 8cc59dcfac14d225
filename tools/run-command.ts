import { spawn } from "node:child_process";
import { projectRoot } from "@/lib/database/project-root";
import { trackChild } from "@/tools/track-child";
import { waitForExit, type ExitStatus } from "@/tools/wait-for-exit";

/** Runs a command in the foreground (its output straight to the terminal) and waits for it. */
export async function runCommand({
  command,
  args,
  env = process.env,
  signal,
}: {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Aborting sends the command SIGTERM. */
  signal?: AbortSignal;
}): Promise<{ status: ExitStatus; ms: number }> {
  const began = Date.now();
  const child = trackChild(spawn(command, args, { cwd: projectRoot(), env, stdio: "inherit", signal, killSignal: "SIGTERM" }));
  child.on("error", (error) => {
    if (error.name !== "AbortError") process.stderr.write(`Could not run ${command}: ${error.message}\n`);
  });
  const status = await waitForExit({ child });
  return { status, ms: Date.now() - began };
}
