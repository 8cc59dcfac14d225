"use client";

import { pickerSources } from "@/components/builder/picker-sources";
import { StepFrame, type StepState } from "@/components/builder/step-frame";
import { FilterEditor } from "@/components/filters/filter-editor";
import type { Filter } from "@/lib/filters/schema";
import type { BuilderCatalog } from "@/lib/zaps/builder-catalog";
import type { ZapDefinition } from "@/lib/zaps/schema";

/** Optional "only continue if" rules, checked before any action runs. */
export function FilterCard({
  filter,
  onChange,
  catalog,
  definition,
  sample,
  state,
  problems,
  open,
  onToggle,
}: {
  filter: Filter | null;
  onChange: (filter: Filter | null) => void;
  catalog: BuilderCatalog;
  definition: ZapDefinition;
  sample: unknown;
  state?: StepState;
  problems: string[];
  open: boolean;
  onToggle: () => void;
}) {
  const sources = pickerSources({ catalog, definition, sample, beforeStep: 0, testOutputs: {} });
  const rules = filter?.groups.reduce((sum, group) => sum + group.rules.length, 0) ?? 0;
  return (
    <StepFrame
      number="?"
      kicker="Filter · optional"
      title={rules === 0 ? "Only continue if… (no filter: every event continues)" : `Only continue if… (${rules} ${rules === 1 ? "rule" : "rules"})`}
      state={state}
      problems={problems}
      open={open}
      onToggle={onToggle}
      testId="filter-step"
    >
      <FilterEditor value={filter} onChange={onChange} sources={sources} />
    </StepFrame>
  );
}
