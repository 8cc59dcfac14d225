import { readFileSync } from "node:fs";

/** Whether a process with this pid exists (ours or not) and has not exited. */
export function processAlive({ pid }: { pid: number }): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // An exited orphan stays a zombie until PID 1 reaps it, which some container inits never do.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}
