import type { ChildProcess } from "node:child_process";

const live = new Set<ChildProcess>();
let hooked = false;

/** Remembers a child so it is sent SIGTERM if the launcher exits (even by a crash) while it still runs. */
export function trackChild(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once("exit", () => live.delete(child));
  if (!hooked) {
    hooked = true;
    process.once("exit", () => {
      for (const running of live) running.kill("SIGTERM");
    });
  }
  return child;
}
