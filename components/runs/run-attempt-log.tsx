import { useTranslations } from "next-intl";
import { formatDuration } from "@/components/ui/format-duration";
import { LocalTime } from "@/components/ui/local-time";
import { SentRequestView } from "@/components/runs/sent-request-view";
import type { RunAttemptCall, RunAttemptDetail } from "@/lib/runs/schema";

const OUTCOMES = {
  succeeded: "runs.attempts.outcome.succeeded",
  filtered: "runs.attempts.outcome.filtered",
  failed: "runs.attempts.outcome.failed",
  retry: "runs.attempts.outcome.retry",
  needs_attention: "runs.attempts.outcome.needsAttention",
  interrupted: "runs.attempts.outcome.interrupted",
} as const;

const isKnownOutcome = (outcome: string): outcome is keyof typeof OUTCOMES => Object.hasOwn(OUTCOMES, outcome);

const TONES: Record<string, string> = { succeeded: "text-emerald-700", filtered: "text-amber-700", needs_attention: "text-amber-700" };

/** Each time the worker ran this run: when, how long, why it failed, and what each step sent and got back. */
export function RunAttemptLog({ attempts }: { attempts: RunAttemptDetail[] }) {
  const t = useTranslations();
  if (attempts.length === 0) return null;
  return (
    <section aria-labelledby="attempts-heading" className="space-y-3">
      <h2 id="attempts-heading" className="text-lg font-semibold text-slate-900">
        {t("runs.attempts.heading")}
      </h2>
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {attempts.map((attempt) => (
          <li key={attempt.number} aria-label={t("runs.attempts.attempt", { number: attempt.number })} className="flex flex-wrap gap-x-4 gap-y-1 px-4 py-3">
            <span className="w-20 font-medium text-slate-900">{t("runs.attempts.attempt", { number: attempt.number })}</span>
            <span className="text-slate-600">
              <LocalTime iso={attempt.startedAt} />
            </span>
            {attempt.outcome === "interrupted" ? null : (
              <span className="text-slate-600">{formatDuration(new Date(attempt.finishedAt).getTime() - new Date(attempt.startedAt).getTime(), t)}</span>
            )}
            <span className={TONES[attempt.outcome] ?? "text-red-700"}>
              {isKnownOutcome(attempt.outcome) ? t(OUTCOMES[attempt.outcome]) : attempt.outcome}
              {attempt.stepNumber !== null ? ` ${t("runs.attempts.atStep", { number: attempt.stepNumber })}` : ""}
            </span>
            {attempt.error ? <p className="w-full text-slate-700">{attempt.error}</p> : null}
            {attempt.outcome === "retry" && attempt.retryAfterMs ? (
              <p className="w-full text-xs text-slate-500">{t("runs.attempts.retryAfter", { wait: formatDuration(attempt.retryAfterMs, t) })}</p>
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
  const t = useTranslations();
  const label = t("runs.attempts.callLabel", { attempt, step: call.stepNumber });
  if (call.exchanges.length === 0) {
    return (
      <p className="text-xs text-slate-600">
        {call.status === "RUNNING" || call.status === "UNKNOWN"
          ? t("runs.attempts.beingSent", { step: call.stepNumber, name: call.actionName })
          : t("runs.attempts.noRequest", { step: call.stepNumber, name: call.actionName })}
      </p>
    );
  }
  return (
    <div className="space-y-1">
      {call.exchanges.map((exchange, index) => (
        <details key={index} className="text-xs">
          <summary aria-label={`${label}: ${exchange.request.method} ${exchange.request.url}`} className="cursor-pointer text-slate-700 wrap-anywhere">
            {t("runs.attempts.stepPrefix", { step: call.stepNumber, name: call.actionName })} <span className="font-mono">{exchange.request.method}</span>{" "}
            {exchange.request.url} →{" "}
            {exchange.response
              ? exchange.response.status === null
                ? t("runs.attempts.answered")
                : `HTTP ${exchange.response.status}`
              : t("runs.attempts.noAnswer")}
          </summary>
          <div className="mt-1 space-y-1">
            <SentRequestView request={exchange.request} label={t("runs.attempts.requestLabel", { label, number: index + 1 })} />
            {exchange.response ? (
              <pre
                aria-label={t("runs.attempts.answerLabel", { label, number: index + 1 })}
                className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded-md border border-slate-200 bg-slate-50 p-2 font-mono"
              >
                {typeof exchange.response.body === "string" ? exchange.response.body : JSON.stringify(exchange.response.body, null, 2)}
              </pre>
            ) : (
              <p className="text-slate-500">{t("runs.attempts.noAnswerBack")}</p>
            )}
          </div>
        </details>
      ))}
    </div>
  );
}
