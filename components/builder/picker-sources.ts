import type { PickerSource } from "@/lib/mapping/picker-source";
import type { BuilderCatalog } from "@/lib/zaps/builder-catalog";
import type { ZapDefinition } from "@/lib/zaps/schema";

/**
 * What a step can map from: the trigger's sample event and the outputs of the steps before it
 * (the latest test result when there is one, else the catalog's example output).
 */
export function pickerSources({
  catalog,
  definition,
  sample,
  beforeStep,
  testOutputs,
}: {
  catalog: BuilderCatalog;
  definition: ZapDefinition;
  sample: unknown;
  /** The index of the step being edited; the filter sees no step outputs. */
  beforeStep: number;
  testOutputs: Record<string, unknown>;
}): PickerSource[] {
  const trigger = catalog.triggers.find((entry) => entry.key === definition.trigger?.key);
  if (!trigger) return [];
  const object = (sample as { data?: { object?: unknown } } | null)?.data?.object ?? null;
  const sources: PickerSource[] = [{ root: "trigger", label: `1. ${trigger.appName}: ${trigger.name}`, data: object, event: sample, fields: trigger.outputFields }];
  definition.steps.slice(0, beforeStep).forEach((step, index) => {
    const type = catalog.stepTypes.find((entry) => entry.app === step.app && entry.key === step.key);
    if (!type) return;
    sources.push({
      root: `steps.${step.id}`,
      label: `${index + 2}. ${type.appName}: ${type.name}`,
      data: Object.hasOwn(testOutputs, step.id) ? testOutputs[step.id] : type.sampleOutput,
      fields: type.outputFields,
    });
  });
  return sources;
}
