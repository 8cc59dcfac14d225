import { formatDateTime } from "@/components/ui/format-date";
import { formatDuration } from "@/components/ui/format-duration";
import type { RunAttemptDetail } from "@/lib/runs/schema";

const OUTCOMES: Record<string, string> = {
  succeeded: "Succeeded",
  filtered: "Stopped by the filter",
  failed: "Failed",
  retry: "Failed, retried",
};

/** Each time the worker ran this run: when, how long, and why it failed. */
export function RunAttemptLog({ attempts }: { attempts: RunAttemptDetail[] }) {
  if (attempts.length === 0) return null;
  return (
    <section aria-labelledby="attempts-heading" className="space-y-3">
      <h2 id="attempts-heading" className="text-lg font-semibold text-slate-900">
        Attempts
      </h2>
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {attempts.map((attempt) => (
          <li key={attempt.number} className="flex flex-wrap gap-x-4 gap-y-1 px-4 py-3">
            <span className="w-20 font-medium text-slate-900">Attempt {attempt.number}</span>
            <span className="text-slate-600">{formatDateTime(new Date(attempt.startedAt))}</span>
            <span className="text-slate-600">{formatDuration(new Date(attempt.finishedAt).getTime() - new Date(attempt.startedAt).getTime())}</span>
            <span className={attempt.outcome === "succeeded" ? "text-emerald-700" : attempt.outcome === "filtered" ? "text-amber-700" : "text-red-700"}>
              {OUTCOMES[attempt.outcome] ?? attempt.outcome}
              {attempt.stepNumber !== null ? ` at step ${attempt.stepNumber}` : ""}
            </span>
            {attempt.error ? <p className="w-full text-slate-700">{attempt.error}</p> : null}
            {attempt.outcome === "retry" && attempt.retryAfterMs ? (
              <p className="w-full text-xs text-slate-500">The service asked Conduit to wait {formatDuration(attempt.retryAfterMs)} before retrying.</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
