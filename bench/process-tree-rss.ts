// Resident memory of a process and all its descendants (`next start` serves from a child process),
// read from /proc, in MiB.
import { readdirSync, readFileSync } from "node:fs";

export function processTreeRssMiB({ pid }: { pid: number }): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = readParentPid(Number(entry));
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let totalKiB = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    totalKiB += readRssKiB(current);
    pending.push(...(children.get(current) ?? []));
  }
  return Math.round((totalKiB / 1024) * 10) / 10;
}

function readParentPid(pid: number): number | null {
  try {
    // The command name (2nd field) may contain spaces; it ends at the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function readRssKiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
