import type { Translate } from "@/lib/i18n/translator";
import type { PickerSource } from "@/lib/mapping/picker-source";
import type { BuilderCatalog } from "@/lib/zaps/builder-catalog";
import { earlierStepOutputs } from "@/lib/zaps/earlier-step-outputs";
import { sampleEventId } from "@/lib/zaps/sample-event-id";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { StepConfig, ZapDefinition } from "@/lib/zaps/schema";
import type { StepTests } from "@/lib/zaps/step-test-schema";
import type { StepTestState } from "@/lib/zaps/step-test-state";

const SOURCE_NOTE = {
  tested: "builder.source.tested",
  untested: "builder.source.untested",
  step_changed: "builder.source.stepChanged",
  sample_changed: "builder.source.sampleChanged",
  earlier_changed: "builder.source.earlierChanged",
} as const satisfies Record<StepTestState, string>;

/**
 * What a step can map from: the trigger's sample event and the outputs of the steps before it — a
 * step's latest real test while it is current, else the catalog's example output (the same rule the
 * server's step tests use, lib/zaps/earlier-step-outputs.ts). Each step's heading says which.
 */
export function pickerSources({
  catalog,
  definition,
  sample,
  beforeStep,
  stepTests,
  t,
}: {
  catalog: BuilderCatalog;
  definition: ZapDefinition;
  sample: unknown;
  /** The index of the step (or filter step) being edited; the filter after the trigger sees no step outputs (0). */
  beforeStep: number;
  stepTests: StepTests;
  t: Translate;
}): PickerSource[] {
  const trigger = catalog.triggers.find((entry) => entry.key === definition.trigger?.key);
  if (!trigger) return [];
  const object = (sample as { data?: { object?: unknown } } | null)?.data?.object ?? null;
  const sources: PickerSource[] = [
    { root: "trigger", label: `1. ${trigger.appName}: ${trigger.name}`, data: object, event: sample, fields: trigger.outputFields },
  ];
  const typeOf = (step: { app: string; key: string }) => catalog.stepTypes.find((entry) => entry.app === step.app && entry.key === step.key);
  const earlier = earlierStepOutputs({
    steps: definition.steps,
    before: beforeStep,
    stepTests,
    sampleEventId: sampleEventId(sample),
    exampleOutput: (step) => typeOf(step)?.sampleOutput,
  });
  for (const output of earlier) {
    const step = definition.steps.find((candidate): candidate is StepConfig => candidate.id === output.stepId && !isFilterStep(candidate));
    const type = step ? typeOf(step) : undefined;
    if (!type) continue;
    sources.push({
      root: `steps.${output.stepId}`,
      label: `${output.number}. ${type.appName}: ${type.name} (${t(SOURCE_NOTE[output.state])})`,
      data: output.output,
      fields: type.outputFields,
    });
  }
  return sources;
}
