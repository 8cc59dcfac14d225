import type Stripe from "stripe";
import type { TriggerDefinition } from "@/lib/catalog/define";
import { plainJson } from "@/lib/zaps/plain-json";

/** The id of the catalog's sample among a trigger's samples (Stripe's own ids start with evt_). */
export const CATALOG_SAMPLE_ID = "catalog";
export const CATALOG_SAMPLE_LABEL = "Sample from Conduit";

/** One event the builder offers to map from and test with. */
export interface TriggerSample {
  id: string;
  source: "stripe" | "catalog";
  label: string;
  /** Unix seconds, as Stripe gives it. */
  created: number;
  livemode: boolean;
  event: Stripe.Event;
}

/** The trigger's sample from Conduit's catalog, built from Stripe's fixtures: always available. */
export function catalogSample({ definition }: { definition: TriggerDefinition }): TriggerSample {
  const event = plainJson(definition.sample);
  return { id: CATALOG_SAMPLE_ID, source: "catalog", label: CATALOG_SAMPLE_LABEL, created: event.created, livemode: event.livemode, event };
}
