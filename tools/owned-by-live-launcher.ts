import { readFileSync } from "node:fs";

/**
 * Whether a server process is the child of a running Conduit launcher (another `npm start`), as
 * opposed to one left behind by a launcher that was killed. Reads /proc; where there is none, says
 * true, because leaving a server running is the harmless mistake.
 */
export function ownedByLiveLauncher({ pid }: { pid: number }): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const parentPid = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
    return readFileSync(`/proc/${parentPid}/cmdline`, "utf8").includes("tools/");
  } catch {
    return true;
  }
}
