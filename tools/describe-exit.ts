import type { ExitStatus } from "@/tools/wait-for-exit";

/** "exit code 1" or "signal SIGKILL". */
export function describeExit({ status }: { status: ExitStatus }): string {
  return status.signal ? `signal ${status.signal}` : `exit code ${status.code ?? "unknown"}`;
}
