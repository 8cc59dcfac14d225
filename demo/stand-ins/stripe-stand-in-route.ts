// The shape of one Stripe stand-in route, and helpers the routes share.
import type { Caller } from "@/demo/stand-ins/stripe-stand-in-auth";
import { resourceMissing, type StandInAnswer } from "@/demo/stand-ins/stripe-stand-in-errors";
import type { FormObject } from "@/demo/stand-ins/stripe-stand-in-form";
import type { JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import type { ModeStore } from "@/demo/stand-ins/stripe-stand-in-store";

export interface RouteContext {
  caller: Extract<Caller, { ok: true }>;
  /** The caller's account, in the key's mode. */
  store: ModeStore;
  /** The same account in the other mode, for Stripe's "a similar object exists in live mode" hint. */
  otherStore: ModeStore;
  /** Path captures, e.g. the id of /v1/customers/:id. */
  params: string[];
  query: FormObject;
  body: FormObject;
  now: Date;
}

export interface StandInRoute {
  method: "GET" | "POST" | "DELETE";
  pattern: RegExp;
  /** The restricted-key permission Stripe asks for ("rak_customer_read"). */
  permission: string;
  /** Every other query or body parameter is refused, as Stripe does ("Received unknown parameter"). */
  params: readonly string[];
  handle(context: RouteContext): StandInAnswer;
}

export const ok = (body: unknown): StandInAnswer => ({ status: 200, body });

/** One object by id from a collection, or Stripe's 404. */
export function retrieve({
  context,
  collection,
  label,
}: {
  context: RouteContext;
  collection: keyof Pick<ModeStore, "customers" | "charges" | "paymentIntents" | "refunds" | "subscriptions" | "invoices" | "events" | "webhookEndpoints">;
  label: string;
}): StandInAnswer {
  const id = context.params[0] ?? "";
  const found = context.store[collection].get(id);
  if (found) return ok(found);
  return resourceMissing({ label, id, inOtherMode: context.otherStore[collection].has(id), livemode: context.caller.livemode });
}

export const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

export const matching = (items: Iterable<JsonObject>, predicate: (item: JsonObject) => boolean): JsonObject[] => [...items].filter(predicate);
