"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";

export type StepState = "incomplete" | "ready" | "error";

const STATE_LABEL = {
  incomplete: { label: "builder.stepState.incomplete", className: "bg-slate-100 text-slate-700" },
  ready: { label: "builder.stepState.ready", className: "bg-green-100 text-green-800" },
  error: { label: "builder.stepState.error", className: "bg-red-100 text-red-800" },
} as const satisfies Record<StepState, { label: string; className: string }>;

/** One collapsible step of the builder: its number, title, state and what is wrong with it. */
export function StepFrame({
  number,
  kicker,
  title,
  state,
  problems = [],
  open,
  onToggle,
  actions,
  children,
  testId,
}: {
  number: number | string;
  kicker: string;
  title: string;
  state?: StepState;
  problems?: string[];
  open: boolean;
  onToggle: () => void;
  /** Buttons shown in the header (move, remove). */
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const t = useTranslations();
  const bodyId = useId();
  const headingId = useId();
  // The body mounts the first time the step opens, then stays (hidden while collapsed, keeping its
  // state). Rendering every collapsed body made a long zap's page tens of megabytes: each mapped
  // field and key/value row, with its sample previews, drawn for every step.
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  const badge = state ? STATE_LABEL[state] : null;
  return (
    <section aria-labelledby={headingId} data-testid={testId} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex items-center gap-3 px-4 py-3">
        <span aria-hidden="true" className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-semibold text-brand-700">
          {number}
        </span>
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={onToggle} className="min-w-0 flex-1 rounded-md text-left">
          <span className="block text-xs font-medium uppercase tracking-wide text-slate-500">{kicker}</span>
          <h2 id={headingId} className="truncate text-base font-semibold text-slate-900">
            {title}
          </h2>
        </button>
        {badge ? <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${badge.className}`}>{t(badge.label)}</span> : null}
        {actions}
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className={`h-4 w-4 shrink-0 text-slate-500 transition-transform ${open ? "rotate-180" : ""}`}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M5 8l5 5 5-5" />
        </svg>
      </div>
      {problems.length > 0 && state === "error" ? (
        <ul className="mx-4 mb-3 list-disc space-y-1 rounded-md bg-red-50 py-2 pl-8 pr-3 text-sm text-red-800">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <div id={bodyId} hidden={!open} className="border-t border-slate-100 px-4 py-4">
        {opened ? children : null}
      </div>
    </section>
  );
}
