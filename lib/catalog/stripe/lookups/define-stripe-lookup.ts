// defineLookup with the client fixed to the Stripe SDK's, so each lookup's run() is typed without
// annotations while its inputs and output are still inferred.
import type Stripe from "stripe";
import { defineLookup, type LookupDefinition } from "@/lib/catalog/define";
import type { Fields } from "@/lib/catalog/field";

export function defineStripeLookup<const F extends Fields, Output>(
  lookup: Omit<LookupDefinition<F, Stripe, Output>, "idempotent">,
): LookupDefinition<F, Stripe, Output> {
  return defineLookup(lookup);
}
