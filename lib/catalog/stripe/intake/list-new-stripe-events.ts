// Reads a connection's new events from Stripe's Events API, oldest first, one page (≤ 100) at a time,
// so the caller can record a page and save its cursor before asking for the next.
//
// - With a cursor (the newest event already processed): `ending_before=<cursor>` gives the 100 events
//   just newer than it (newest first, so each page is reversed); the newest of a page is the next
//   cursor. Pages come oldest first, so a burst of several pages is never skipped.
// - Without one: every event created since `since` (unix seconds, inclusive), listed newest first
//   with `starting_after` to the end, then handed out oldest first. Used before the first event, and
//   for catch-up (bounded by Stripe's 30 days of events).
import type Stripe from "stripe";

export interface NewStripeEventsPage {
  /** Oldest first, only of the asked types. */
  events: Stripe.Event[];
  /** The newest event id this page reached: the cursor to save once the page is recorded. */
  cursor: string;
}

export const STRIPE_PAGE_SIZE = 100;
/** Stripe takes at most 20 `types[]`; with more, all events are listed and filtered here. */
const MAX_TYPES = 20;

export async function* listNewStripeEvents({
  stripe,
  types,
  cursor,
  since,
  beforeRequest,
}: {
  stripe: Stripe;
  types: readonly string[];
  cursor: string | null;
  since: number;
  /** Awaited before every request (the account's rate limit). */
  beforeRequest: () => Promise<void>;
}): AsyncGenerator<NewStripeEventsPage> {
  const filter = types.length <= MAX_TYPES ? { types: [...types] } : {};
  const wanted = (event: Stripe.Event) => types.includes(event.type);
  if (cursor !== null) {
    let before = cursor;
    for (;;) {
      await beforeRequest();
      const page = await stripe.events.list({ ...filter, ending_before: before, limit: STRIPE_PAGE_SIZE });
      const newest = page.data[0];
      if (!newest) return;
      yield { events: page.data.filter(wanted).toReversed(), cursor: newest.id };
      if (!page.has_more) return;
      before = newest.id;
    }
  }

  const newestFirst: Stripe.Event[] = [];
  let after: string | undefined;
  for (;;) {
    await beforeRequest();
    const page = await stripe.events.list({ ...filter, created: { gte: since }, limit: STRIPE_PAGE_SIZE, ...(after ? { starting_after: after } : {}) });
    newestFirst.push(...page.data.filter(wanted));
    const oldest = page.data.at(-1);
    if (!page.has_more || !oldest) break;
    after = oldest.id;
  }
  const oldestFirst = newestFirst.toReversed();
  for (let start = 0; start < oldestFirst.length; start += STRIPE_PAGE_SIZE) {
    const events = oldestFirst.slice(start, start + STRIPE_PAGE_SIZE);
    yield { events, cursor: events.at(-1)!.id };
  }
}
