import type { ChildProcess } from "node:child_process";

export type ExitStatus = { code: number | null; signal: NodeJS.Signals | null };

/** Resolves when the child has exited (at once if it already has). */
export function waitForExit({ child }: { child: ChildProcess }): Promise<ExitStatus> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    // A child that could not be spawned at all (no pid) emits 'error' and never 'exit'.
    child.once("error", () => {
      if (child.pid === undefined) resolve({ code: 127, signal: null });
    });
  });
}
