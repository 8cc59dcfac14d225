import { formatDateTime } from "@/components/ui/format-date";
import { formatDuration } from "@/components/ui/format-duration";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { FilterStepView } from "@/components/runs/filter-step-view";
import { JsonViewer } from "@/components/runs/json-viewer";
import { RecordedRequestView } from "@/components/runs/recorded-request-view";
import { UnknownOutcomePanel } from "@/components/runs/unknown-outcome-panel";
import type { RunStepDetail } from "@/lib/runs/schema";
import { stepNumber } from "@/lib/zaps/step-number";
import type { ReactNode } from "react";

const STATUS: Record<RunStepDetail["status"], { tone: StatusTone; label: string }> = {
  RUNNING: { tone: "blue", label: "Running" },
  SUCCEEDED: { tone: "green", label: "Succeeded" },
  FAILED: { tone: "red", label: "Failed" },
  SKIPPED: { tone: "slate", label: "Skipped" },
  UNKNOWN: { tone: "amber", label: "Outcome unknown" },
};

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
  // Numbered as in the builder: the trigger is step 1.
  const title = `Step ${stepNumber({ index: step.stepIndex })}: ${step.actionName}`;
  if (step.app === "filter") {
    return (
      <li aria-label={title} className="rounded-lg border border-slate-200 bg-white">
        <div className="flex flex-col gap-2 border-b border-slate-100 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <h3 className="font-medium text-slate-900">{title}</h3>
          <div className="flex flex-wrap items-center gap-3 text-xs text-slate-500">
            <StatusBadge {...(step.status === "SUCCEEDED" ? { tone: "green" as const, label: "Passed" } : { tone: "amber" as const, label: "Stopped the run" })} />
            <time dateTime={step.startedAt}>{formatDateTime(new Date(step.startedAt))}</time>
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
          <StatusBadge {...STATUS[step.status]} />
          <span>{formatDuration(step.durationMs)}</span>
          <time dateTime={step.startedAt}>{formatDateTime(new Date(step.startedAt))}</time>
        </div>
      </div>
      <div className="space-y-4 px-4 py-4">
        {children}
        {step.carriedOver ? (
          <p className="text-sm text-slate-600">Carried over from the original run: this replay did not call it again.</p>
        ) : null}
        {step.status === "UNKNOWN" ? <UnknownOutcomePanel runId={runId} step={step} canResolve={canResolve} /> : null}
        {step.confirmedAt ? (
          <p className="text-sm text-slate-600">
            No answer came; you marked it as sent on <time dateTime={step.confirmedAt}>{formatDateTime(new Date(step.confirmedAt))}</time>.
          </p>
        ) : null}
        {step.error ? (
          <div role="note" aria-label="Error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <span className="font-medium">Error: </span>
            {step.error}
          </div>
        ) : null}
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-label="Input" className="min-w-0 space-y-1">
            <h4 className="text-xs font-medium uppercase tracking-wide text-slate-500">Input</h4>
            {step.input === null ? <p className="text-sm text-slate-500">Not rendered.</p> : <JsonViewer value={step.input} label={`${title} input`} openDepth={2} />}
          </section>
          <section aria-label="Output" className="min-w-0 space-y-1">
            <h4 className="text-xs font-medium uppercase tracking-wide text-slate-500">{step.status === "FAILED" ? "Answer" : "Output"}</h4>
            {step.output === null ? <p className="text-sm text-slate-500">Nothing came back.</p> : <JsonViewer value={step.output} label={`${title} output`} openDepth={2} />}
          </section>
        </div>
        <RecordedRequestView requests={step.requests} title={`${step.requests.length === 1 ? "Request" : `${step.requests.length} requests`} sent to ${step.appName}`} />
      </div>
    </li>
  );
}
