"use client";

import { useTranslations } from "next-intl";
import { pickerSources } from "@/components/builder/picker-sources";
import { StepFrame } from "@/components/builder/step-frame";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { problemsAt, stepStateOf } from "@/components/builder/zap-draft-selectors";
import { FilterEditor } from "@/components/filters/filter-editor";

/** Optional "only continue if" rules, checked before any action runs. */
export function FilterCard() {
  const t = useTranslations();
  const { state, dispatch, catalog, sample } = useZapDraft();
  const { definition } = state;
  const { filter } = definition;
  const sources = pickerSources({ catalog, definition, sample, beforeStep: 0, stepTests: {}, t });
  const rules = filter?.groups.reduce((sum, group) => sum + group.rules.length, 0) ?? 0;
  return (
    <StepFrame
      number="?"
      kicker={t("builder.filter.kicker")}
      title={t("builder.filter.title", { rules })}
      state={filter ? stepStateOf(state, "filter") : undefined}
      problems={problemsAt(state, "filter")}
      open={state.open.has("filter")}
      onToggle={() => dispatch({ type: "sectionToggled", section: "filter" })}
      testId="filter-step"
    >
      <FilterEditor value={filter} onChange={(next) => dispatch({ type: "filterChanged", filter: next })} sources={sources} />
    </StepFrame>
  );
}
