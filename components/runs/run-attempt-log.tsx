import { formatDateTime } from "@/components/ui/format-date";
import { formatDuration } from "@/components/ui/format-duration";
import { SentRequestView } from "@/components/runs/sent-request-view";
import type { RunAttemptCall, RunAttemptDetail } from "@/lib/runs/schema";

const OUTCOMES: Record<string, string> = {
  succeeded: "Succeeded",
  filtered: "Stopped by the filter",
  failed: "Failed",
  retry: "Failed, retried",
  needs_attention: "Outcome unknown",
  interrupted: "Stopped: the worker stopped during this attempt",
};

const TONES: Record<string, string> = { succeeded: "text-emerald-700", filtered: "text-amber-700", needs_attention: "text-amber-700" };

/** Each time the worker ran this run: when, how long, why it failed, and what each step sent and got back. */
export function RunAttemptLog({ attempts }: { attempts: RunAttemptDetail[] }) {
  if (attempts.length === 0) return null;
  return (
    <section aria-labelledby="attempts-heading" className="space-y-3">
      <h2 id="attempts-heading" className="text-lg font-semibold text-slate-900">
        Attempts
      </h2>
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {attempts.map((attempt) => (
          <li key={attempt.number} aria-label={`Attempt ${attempt.number}`} className="flex flex-wrap gap-x-4 gap-y-1 px-4 py-3">
            <span className="w-20 font-medium text-slate-900">Attempt {attempt.number}</span>
            <span className="text-slate-600">{formatDateTime(new Date(attempt.startedAt))}</span>
            {attempt.outcome === "interrupted" ? null : (
              <span className="text-slate-600">{formatDuration(new Date(attempt.finishedAt).getTime() - new Date(attempt.startedAt).getTime())}</span>
            )}
            <span className={TONES[attempt.outcome] ?? "text-red-700"}>
              {OUTCOMES[attempt.outcome] ?? attempt.outcome}
              {attempt.stepNumber !== null ? ` at step ${attempt.stepNumber}` : ""}
            </span>
            {attempt.error ? <p className="w-full text-slate-700">{attempt.error}</p> : null}
            {attempt.outcome === "retry" && attempt.retryAfterMs ? (
              <p className="w-full text-xs text-slate-500">The service asked Conduit to wait {formatDuration(attempt.retryAfterMs)} before retrying.</p>
            ) : null}
            {attempt.calls.length > 0 ? (
              // Not a nested list: each attempt stays one list item.
              <div className="w-full space-y-1">
                {attempt.calls.map((call) => (
                  <AttemptCall key={call.stepNumber} attempt={attempt.number} call={call} />
                ))}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function AttemptCall({ attempt, call }: { attempt: number; call: RunAttemptCall }) {
  const label = `Attempt ${attempt}, step ${call.stepNumber}`;
  if (call.exchanges.length === 0) {
    return (
      <p className="text-xs text-slate-600">
        Step {call.stepNumber} ({call.actionName}): {call.status === "RUNNING" || call.status === "UNKNOWN" ? "request being sent, no answer recorded." : "no request sent."}
      </p>
    );
  }
  return (
    <div className="space-y-1">
      {call.exchanges.map((exchange, index) => (
        <details key={index} className="text-xs">
          <summary aria-label={`${label}: ${exchange.request.method} ${exchange.request.url}`} className="cursor-pointer text-slate-700">
            Step {call.stepNumber} ({call.actionName}): <span className="font-mono">{exchange.request.method}</span> {exchange.request.url} →{" "}
            {exchange.response ? (exchange.response.status === null ? "answered" : `HTTP ${exchange.response.status}`) : "no answer"}
          </summary>
          <div className="mt-1 space-y-1">
            <SentRequestView request={exchange.request} label={`${label} request ${index + 1}`} />
            {exchange.response ? (
              <pre aria-label={`${label} answer ${index + 1}`} className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded-md border border-slate-200 bg-slate-50 p-2 font-mono">
                {typeof exchange.response.body === "string" ? exchange.response.body : JSON.stringify(exchange.response.body, null, 2)}
              </pre>
            ) : (
              <p className="text-slate-500">No answer came back.</p>
            )}
          </div>
        </details>
      ))}
    </div>
  );
}
