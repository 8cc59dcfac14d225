// The events of some types that Stripe holds in a time range, one page (≤ 100) at a time, newest
// first as Stripe lists them (`created[gte]`/`created[lte]`, `starting_after` to the end). Every
// request first waits for the account's shared read budget.
import type Stripe from "stripe";
import { STRIPE_PAGE_SIZE } from "@/lib/catalog/stripe/intake/list-new-stripe-events";

/** Stripe takes at most 20 `types[]`; with more, all events are listed and filtered here. */
const MAX_TYPES = 20;

export async function* listStripeEventsInRange({
  stripe,
  types,
  from,
  to,
  beforeRequest,
}: {
  stripe: Stripe;
  types: readonly string[];
  /** Unix seconds, both inclusive. */
  from: number;
  to: number;
  beforeRequest: () => Promise<void>;
}): AsyncGenerator<Stripe.Event[]> {
  const filter = types.length <= MAX_TYPES ? { types: [...types] } : {};
  let after: string | undefined;
  for (;;) {
    await beforeRequest();
    const page = await stripe.events.list({ ...filter, created: { gte: from, lte: to }, limit: STRIPE_PAGE_SIZE, ...(after ? { starting_after: after } : {}) });
    yield page.data.filter((event) => types.includes(event.type));
    const oldest = page.data.at(-1);
    if (!page.has_more || !oldest) return;
    after = oldest.id;
  }
}
