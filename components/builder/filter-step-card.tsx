"use client";

import { useTranslations } from "next-intl";
import { pickerSources } from "@/components/builder/picker-sources";
import { StepFrame } from "@/components/builder/step-frame";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { problemsAt, stepStateOf } from "@/components/builder/zap-draft-selectors";
import { FilterEditor } from "@/components/filters/filter-editor";
import type { FilterStepConfig } from "@/lib/zaps/schema";
import { stepNumber } from "@/lib/zaps/step-number";

const iconButton = "rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800 disabled:opacity-30";

/** "Only continue if" between steps: rules on the trigger and the steps before it; a run that fails them ends Filtered here. */
export function FilterStepCard({ step, index }: { step: FilterStepConfig; index: number }) {
  const t = useTranslations();
  const { state, dispatch, catalog, sample } = useZapDraft();
  const { definition, stepTests } = state;
  const number = stepNumber({ index });
  const section = `step:${step.id}`;
  const sources = pickerSources({ catalog, definition, sample, beforeStep: index, stepTests, t });
  const rules = step.filter.groups.reduce((sum, group) => sum + group.rules.length, 0);
  const onMove = (by: -1 | 1) => dispatch({ type: "stepMoved", index, by });
  return (
    <StepFrame
      number={number}
      kicker={t("builder.filterStep.kicker")}
      title={t("builder.filterStep.title", { rules })}
      state={stepStateOf(state, step.id)}
      problems={problemsAt(state, step.id)}
      open={state.open.has(section)}
      onToggle={() => dispatch({ type: "sectionToggled", section })}
      testId={`step-${step.id}`}
      actions={
        <span className="flex shrink-0 items-center">
          <button type="button" className={iconButton} onClick={() => onMove(-1)} disabled={index === 0} aria-label={t("builder.step.moveUp", { number })}>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M5 12l5-5 5 5" />
            </svg>
          </button>
          <button
            type="button"
            className={iconButton}
            onClick={() => onMove(1)}
            disabled={index === definition.steps.length - 1}
            aria-label={t("builder.step.moveDown", { number })}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M5 8l5 5 5-5" />
            </svg>
          </button>
          <button
            type="button"
            className={iconButton}
            onClick={() => dispatch({ type: "stepRemoved", index })}
            aria-label={t("builder.step.remove", { number })}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M5 5l10 10M15 5L5 15" />
            </svg>
          </button>
        </span>
      }
    >
      <p className="mb-3 text-sm text-slate-600">{t("builder.filterStep.explain", { number: number - 1 })}</p>
      <FilterEditor
        value={step.filter.groups.length === 0 ? null : step.filter}
        onChange={(next) => dispatch({ type: "filterStepChanged", index, filter: next ?? { groups: [] } })}
        sources={sources}
      />
    </StepFrame>
  );
}
