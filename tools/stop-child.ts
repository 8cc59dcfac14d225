import type { ChildProcess } from "node:child_process";
import { waitForExit, type ExitStatus } from "@/tools/wait-for-exit";

/** Asks a child to stop with `signal`, and kills it if it has not exited after `timeoutMs`. */
export async function stopChild({
  child,
  signal = "SIGTERM",
  timeoutMs = 10_000,
  graceMs = 0,
}: {
  child: ChildProcess;
  signal?: NodeJS.Signals;
  timeoutMs?: number;
  /** First wait this long for it to exit by itself (e.g. on the Ctrl-C the terminal sent it). */
  graceMs?: number;
}): Promise<ExitStatus> {
  const exited = waitForExit({ child });
  if (graceMs > 0) await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))]);
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}
