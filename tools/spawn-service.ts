import { spawn, type ChildProcess } from "node:child_process";
import { projectRoot } from "@/lib/database/project-root";
import { prefixLines } from "@/tools/prefix-lines";
import { trackChild } from "@/tools/track-child";
import { waitForExit, type ExitStatus } from "@/tools/wait-for-exit";

export type Service = { name: string; child: ChildProcess; exited: Promise<ExitStatus> };

/** Starts a long-running child (web, worker, build) whose output lines are prefixed with [name]. */
export function spawnService({
  name,
  command,
  args,
  env,
  cwd = projectRoot(),
}: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
}): Service {
  const child = trackChild(spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] }));
  child.on("error", (error) => process.stderr.write(`[${name}] could not start ${command}: ${error.message}\n`));
  if (child.stdout) prefixLines({ input: child.stdout, output: process.stdout, prefix: `[${name}]` });
  if (child.stderr) prefixLines({ input: child.stderr, output: process.stderr, prefix: `[${name}]` });
  return { name, child, exited: waitForExit({ child }) };
}
