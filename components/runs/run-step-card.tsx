import { useTranslations } from "next-intl";
import { formatDuration } from "@/components/ui/format-duration";
import { LocalTime } from "@/components/ui/local-time";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { FilterStepView } from "@/components/runs/filter-step-view";
import { JsonViewer } from "@/components/runs/json-viewer";
import { RecordedRequestView } from "@/components/runs/recorded-request-view";
import { UnknownOutcomePanel } from "@/components/runs/unknown-outcome-panel";
import type { RunStepDetail } from "@/lib/runs/schema";
import { stepNumber } from "@/lib/zaps/step-number";
import type { ReactNode } from "react";

const STATUS = {
  RUNNING: { tone: "blue", label: "runs.step.status.running" },
  SUCCEEDED: { tone: "green", label: "runs.step.status.succeeded" },
  FAILED: { tone: "red", label: "runs.step.status.failed" },
  // A step other than a filter is skipped when it stopped the run: a lookup that found nothing, set to stop.
  SKIPPED: { tone: "amber", label: "runs.step.stoppedRun" },
  UNKNOWN: { tone: "amber", label: "runs.step.status.unknown" },
} as const satisfies Record<RunStepDetail["status"], { tone: StatusTone; label: string }>;

/** A lookup that found nothing and continued: its output says `found: false`. */
const foundNothing = (output: RunStepDetail["output"]) => output !== null && typeof output === "object" && !Array.isArray(output) && output.found === false;

/**
 * One step of a run: its rendered input, the HTTP requests it sent, and what came back or why it
 * failed. A step whose outcome is unknown offers its owner "Mark as sent" and "Send again" while the
 * run waits for them (`canResolve`).
 */
export function RunStepCard({
  step,
  runId,
  canResolve = false,
  children,
}: {
  step: RunStepDetail;
  runId: string;
  canResolve?: boolean;
  /** Notes shown first (the builder's whole-zap test says what stood in for what). */
  children?: ReactNode;
}) {
  const t = useTranslations();
  // Numbered as in the builder: the trigger is step 1.
  const title = t("runs.step.title", { number: stepNumber({ index: step.stepIndex }), name: step.actionName });
  if (step.app === "filter") {
    return (
      <li aria-label={title} className="rounded-lg border border-slate-200 bg-white">
        <div className="flex flex-col gap-2 border-b border-slate-100 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <h3 className="font-medium text-slate-900">{title}</h3>
          <div className="flex flex-wrap items-center gap-3 text-xs text-slate-500">
            <StatusBadge
              {...(step.status === "SUCCEEDED"
                ? { tone: "green" as const, label: t("runs.step.passed") }
                : { tone: "amber" as const, label: t("runs.step.stoppedRun") })}
            />
            <LocalTime iso={step.startedAt} />
          </div>
        </div>
        <div className="space-y-4 px-4 py-4">
          {children}
          <FilterStepView output={step.output} />
        </div>
      </li>
    );
  }
  return (
    <li aria-label={title} className="rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-col gap-2 border-b border-slate-100 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h3 className="font-medium text-slate-900">{title}</h3>
          <p className="text-xs text-slate-500">
            {step.appName} · <span className="font-mono">{step.action}</span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-xs text-slate-500">
          <StatusBadge tone={STATUS[step.status].tone} label={t(STATUS[step.status].label)} />
          <span>{formatDuration(step.durationMs, t)}</span>
          <LocalTime iso={step.startedAt} />
        </div>
      </div>
      <div className="space-y-4 px-4 py-4">
        {children}
        {step.carriedOver ? <p className="text-sm text-slate-600">{t("runs.step.carriedOver")}</p> : null}
        {step.status === "UNKNOWN" ? <UnknownOutcomePanel runId={runId} step={step} canResolve={canResolve} /> : null}
        {step.confirmedAt ? (
          <p className="text-sm text-slate-600">
            {t.rich("runs.step.markedSent", {
              time: () => <LocalTime iso={step.confirmedAt ?? ""} />,
            })}
          </p>
        ) : null}
        {step.status === "SUCCEEDED" && foundNothing(step.output) ? (
          <p role="note" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
            {t("runs.step.nothingFound")}
          </p>
        ) : null}
        {step.error && step.status === "SKIPPED" ? (
          <div role="note" aria-label={t("runs.step.whyStopped")} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {step.error}
          </div>
        ) : step.error ? (
          <div role="note" aria-label={t("runs.step.error")} className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <span className="font-medium">{t("runs.step.errorPrefix")} </span>
            {step.error}
          </div>
        ) : null}
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <section aria-label={t("runs.step.input")} className="min-w-0 space-y-1">
            <h4 className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("runs.step.input")}</h4>
            {step.input === null ? (
              <p className="text-sm text-slate-500">{t("runs.step.notRendered")}</p>
            ) : (
              <JsonViewer value={step.input} label={t("runs.step.inputOf", { title })} openDepth={2} />
            )}
          </section>
          <section aria-label={t("runs.step.output")} className="min-w-0 space-y-1">
            <h4 className="text-xs font-medium uppercase tracking-wide text-slate-500">
              {step.status === "FAILED" || step.status === "SKIPPED" ? t("runs.step.answer") : t("runs.step.output")}
            </h4>
            {step.output === null ? (
              <p className="text-sm text-slate-500">{t("runs.step.nothingBack")}</p>
            ) : (
              <JsonViewer value={step.output} label={t("runs.step.outputOf", { title })} openDepth={2} />
            )}
          </section>
        </div>
        <RecordedRequestView requests={step.requests} title={t("runs.step.requestsSent", { count: step.requests.length, app: step.appName })} />
      </div>
    </li>
  );
}
