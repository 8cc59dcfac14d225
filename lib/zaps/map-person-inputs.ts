import type { EventPerson } from "@/lib/catalog/define";
import { findApp } from "@/lib/catalog/find-app";
import type { StepConfig } from "@/lib/zaps/schema";

/**
 * A step with the person's fields mapped from the trigger (or its lookups), as its app names them
 * (`personInputs`), leaving anything already mapped as it is. Steps of apps without them are returned unchanged.
 */
export function mapPersonInputs({ step, person }: { step: StepConfig; person: EventPerson }): StepConfig {
  const personInputs = findApp({ appKey: step.app })?.personInputs;
  if (!personInputs) return step;
  const inputs = { ...step.inputs };
  for (const [name, value] of Object.entries(personInputs({ actionKey: step.key, person }))) {
    if (value !== undefined && !Object.hasOwn(inputs, name)) inputs[name] = value;
  }
  return { ...step, inputs };
}
