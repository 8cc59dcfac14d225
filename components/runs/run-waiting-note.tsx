import { LocalTime } from "@/components/ui/local-time";
import type { RunWaiting } from "@/lib/runs/schema";

/**
 * Beside a waiting run's status: "attempt 3 of 9 · next at 14:05 · last error: …" while it waits for
 * its next attempt, or that it goes on once the app answers while it waits for a connection.
 */
export function RunWaitingNote({ waiting, error }: { waiting: RunWaiting; error: string | null }) {
  if (waiting.waitingFor) {
    return <span className="text-xs text-slate-600">{waiting.waitingFor} is not answering; the run goes on once it does, without using attempts.</span>;
  }
  return (
    <span className="text-xs text-slate-600">
      attempt {waiting.nextAttempt} of {waiting.maxAttempts}
      {waiting.nextAttemptAt ? (
        <>
          {" · next at "}
          <LocalTime iso={waiting.nextAttemptAt} />
        </>
      ) : null}
      {error ? ` · last error: ${error}` : null}
    </span>
  );
}
