// What the Stripe stand-in holds: per account and mode (test and live data are apart, as in
// Stripe), each resource by id in insertion order, plus webhook signing secrets and the answers
// to idempotent POSTs.
import type Stripe from "stripe";
import { buildObject, type DeepPartial, type JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import type { StandInAnswer } from "@/demo/stand-ins/stripe-stand-in-errors";

export type StoredCollection = "customers" | "charges" | "paymentIntents" | "refunds" | "subscriptions" | "invoices" | "events" | "webhookEndpoints";

export interface ModeStore {
  customers: Map<string, JsonObject>;
  /** Ids of deleted customers: retrieving one answers `{ id, object, deleted: true }`, as Stripe does. */
  deletedCustomers: Set<string>;
  charges: Map<string, JsonObject>;
  paymentIntents: Map<string, JsonObject>;
  refunds: Map<string, JsonObject>;
  subscriptions: Map<string, JsonObject>;
  invoices: Map<string, JsonObject>;
  events: Map<string, JsonObject>;
  webhookEndpoints: Map<string, JsonObject>;
  /** whsec_… per webhook endpoint id: Stripe shows it once, on create; tests may read it here. */
  webhookSecrets: Map<string, string>;
  idempotency: Map<string, { fingerprint: string; answer: StandInAnswer }>;
}

export function emptyModeStore(): ModeStore {
  return {
    customers: new Map(),
    deletedCustomers: new Set(),
    charges: new Map(),
    paymentIntents: new Map(),
    refunds: new Map(),
    subscriptions: new Map(),
    invoices: new Map(),
    events: new Map(),
    webhookEndpoints: new Map(),
    webhookSecrets: new Map(),
    idempotency: new Map(),
  };
}

export interface StripeSeed {
  /** Account id (default: the stand-in's first account). */
  account?: string;
  /** Live or test data (default test). */
  livemode?: boolean;
  customers?: readonly DeepPartial<Stripe.Customer>[];
  deletedCustomers?: readonly string[];
  charges?: readonly DeepPartial<Stripe.Charge>[];
  paymentIntents?: readonly DeepPartial<Stripe.PaymentIntent>[];
  /** Each refund of a charge in this mode adds to the charge's amount_refunded, as in Stripe. */
  refunds?: readonly DeepPartial<Stripe.Refund>[];
  subscriptions?: readonly DeepPartial<Stripe.Subscription>[];
  invoices?: readonly DeepPartial<Stripe.Invoice>[];
  events?: readonly DeepPartial<Stripe.Event>[];
  /** Endpoints the user already has (their own, not Conduit's). */
  webhookEndpoints?: readonly DeepPartial<Stripe.WebhookEndpoint>[];
}

export interface SeededObjects {
  customers: JsonObject[];
  charges: JsonObject[];
  paymentIntents: JsonObject[];
  refunds: JsonObject[];
  subscriptions: JsonObject[];
  invoices: JsonObject[];
  events: JsonObject[];
  webhookEndpoints: JsonObject[];
}

export function seedModeStore({ store, seed, livemode }: { store: ModeStore; seed: StripeSeed; livemode: boolean }): SeededObjects {
  const add = (collection: StoredCollection, resource: Parameters<typeof buildObject>[0]["resource"], list: readonly object[] | undefined) =>
    (list ?? []).map((overrides) => {
      const built = buildObject({ resource, overrides, livemode });
      store[collection].set(built.id as string, built);
      return built;
    });

  const seeded: SeededObjects = {
    customers: add("customers", "customer", seed.customers),
    charges: add("charges", "charge", seed.charges),
    paymentIntents: add("paymentIntents", "payment_intent", seed.paymentIntents),
    refunds: add("refunds", "refund", seed.refunds),
    subscriptions: add("subscriptions", "subscription", seed.subscriptions),
    invoices: add("invoices", "invoice", seed.invoices),
    events: add("events", "event", seed.events),
    webhookEndpoints: add("webhookEndpoints", "webhook_endpoint", seed.webhookEndpoints),
  };
  for (const id of seed.deletedCustomers ?? []) {
    store.customers.delete(id);
    store.deletedCustomers.add(id);
  }
  for (const refund of seeded.refunds) applyRefund(store, refund);
  return seeded;
}

function applyRefund(store: ModeStore, refund: JsonObject) {
  const charge = typeof refund.charge === "string" ? store.charges.get(refund.charge) : undefined;
  if (!charge || refund.status !== "succeeded") return;
  const refunded = Number(charge.amount_refunded ?? 0) + Number(refund.amount ?? 0);
  charge.amount_refunded = refunded;
  charge.refunded = refunded >= Number(charge.amount ?? 0);
}
