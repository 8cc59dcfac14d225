import type Stripe from "stripe";
import { fixtureOf } from "@/lib/catalog/stripe/samples/fixture-of";
import type { FixtureResources, JsonObject } from "@/lib/catalog/stripe/samples/fixture-resources";
import { fromFixture } from "@/lib/catalog/stripe/samples/from-fixture";
import { story } from "@/lib/catalog/stripe/samples/sample-story";

interface EnvelopeOptions {
  id: string;
  type: Stripe.Event["type"];
  created: number;
  object: unknown;
  previousAttributes?: unknown;
  /** The API request that caused the event; omit for Stripe's own automatic actions (renewals, retries). */
  request?: { id: string; idempotency_key: string | null };
}

export interface SampleEvent {
  type: Stripe.Event["type"];
  event: JsonObject;
}

/** Stripe's event fixture around an object, as a webhook endpoint pinned to the fixtures' API version receives it. */
export function eventEnvelope(resources: FixtureResources, options: EnvelopeOptions): SampleEvent {
  const envelope = fromFixture<Stripe.EventBase>(fixtureOf(resources, "event"), {
    id: options.id,
    type: options.type,
    created: options.created,
    api_version: story.apiVersion,
    livemode: false,
    pending_webhooks: 1,
    request: options.request ?? { id: null, idempotency_key: null },
  });
  // data replaces the fixture's (a plan.created payload) rather than merging into it.
  const data =
    options.previousAttributes === undefined ? { object: options.object } : { object: options.object, previous_attributes: options.previousAttributes };
  return { type: options.type, event: { ...envelope, data } };
}
