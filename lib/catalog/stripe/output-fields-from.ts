import type Stripe from "stripe";
import type { OutputField } from "@/lib/catalog/define";
import { readOutputPath } from "@/lib/catalog/stripe/read-output-path";

export type OutputFieldSpec = Omit<OutputField, "example">;

/** Output fields (paths as read-output-path.ts describes) whose examples are read from the trigger's sample, so the two never disagree. */
export function outputFieldsFrom(sample: Stripe.Event, specs: readonly OutputFieldSpec[]): OutputField[] {
  return specs.map((spec) => ({ ...spec, example: readOutputPath(sample, spec.path) }));
}
