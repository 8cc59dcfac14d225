// The read-only routes of the Stripe stand-in: the account, customers, charges, payment intents,
// refunds, subscriptions, invoices and events, with the filters Conduit uses.
import { badParameter, resourceMissing } from "@/demo/stand-ins/stripe-stand-in-errors";
import { createdFilter, listAnswer, newestFirst, PAGINATION_PARAMS } from "@/demo/stand-ins/stripe-stand-in-lists";
import { buildObject, type JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import { matching, ok, retrieve, text, type RouteContext, type StandInRoute } from "@/demo/stand-ins/stripe-stand-in-route";

const ID = "([^/]+)";
const SUBSCRIPTION_STATUSES = ["active", "all", "canceled", "ended", "incomplete", "incomplete_expired", "past_due", "paused", "trialing", "unpaid"];

/** A list filtered by customer answers 400 when the customer does not exist (in this mode). */
function unknownCustomer(context: RouteContext, customer: string | undefined) {
  if (customer === undefined || context.store.customers.has(customer) || context.store.deletedCustomers.has(customer)) return undefined;
  return resourceMissing({
    label: "customer",
    id: customer,
    param: "customer",
    status: 400,
    inOtherMode: context.otherStore.customers.has(customer),
    livemode: context.caller.livemode,
  });
}

function subscriptionStatusMatches(filter: string | undefined, status: unknown): boolean {
  if (filter === "all") return true;
  if (filter === undefined) return status !== "canceled" && status !== "incomplete_expired";
  if (filter === "ended") return status === "canceled" || status === "incomplete_expired";
  return status === filter;
}

function eventTypeMatches(pattern: string, type: unknown): boolean {
  if (typeof type !== "string") return false;
  return pattern.endsWith(".*") ? type.startsWith(pattern.slice(0, -1)) : type === pattern;
}

/** Since 2025-03-31.basil an invoice names its subscription under parent.subscription_details. */
function invoiceSubscription(invoice: JsonObject): unknown {
  const parent = invoice.parent as { subscription_details?: { subscription?: unknown } } | null | undefined;
  return parent?.subscription_details?.subscription;
}

export const readRoutes: StandInRoute[] = [
  {
    method: "GET",
    pattern: /^\/v1\/account$/,
    permission: "rak_accounts_kyc_basic_read",
    params: [],
    handle: ({ caller }) => {
      const { account } = caller;
      const built = buildObject({
        resource: "account",
        overrides: {
          id: account.id,
          business_profile: { name: account.businessName ?? null },
          settings: { dashboard: { display_name: account.displayName ?? null } },
          external_accounts: { url: `/v1/accounts/${account.id}/external_accounts` },
        },
        livemode: caller.livemode,
      });
      return ok(built);
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/v1/customers/(?!search$)${ID}$`),
    permission: "rak_customer_read",
    params: [],
    handle: (context) => {
      const id = context.params[0] ?? "";
      if (context.store.deletedCustomers.has(id)) return ok({ id, object: "customer", deleted: true });
      return retrieve({ context, collection: "customers", label: "customer" });
    },
  },
  {
    method: "GET",
    pattern: /^\/v1\/customers$/,
    permission: "rak_customer_read",
    params: [...PAGINATION_PARAMS, "email", "created", "test_clock"],
    handle: ({ store, query }) => {
      const email = text(query.email);
      const items = matching(store.customers.values(), (customer) => email === undefined || customer.email === email);
      return listAnswer({ items: newestFirst(items), query, url: "/v1/customers", label: "customer" });
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/v1/charges/${ID}$`),
    permission: "rak_charge_read",
    params: [],
    handle: (context) => retrieve({ context, collection: "charges", label: "charge" }),
  },
  {
    method: "GET",
    pattern: /^\/v1\/charges$/,
    permission: "rak_charge_read",
    params: [...PAGINATION_PARAMS, "customer", "payment_intent", "created", "transfer_group"],
    handle: (context) => {
      const { store, query } = context;
      const customer = text(query.customer);
      const paymentIntent = text(query.payment_intent);
      const missing = unknownCustomer(context, customer);
      if (missing) return missing;
      const items = matching(
        store.charges.values(),
        (charge) => (customer === undefined || charge.customer === customer) && (paymentIntent === undefined || charge.payment_intent === paymentIntent),
      );
      return listAnswer({ items: newestFirst(items), query, url: "/v1/charges", label: "charge" });
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/v1/payment_intents/(?!search$)${ID}$`),
    permission: "rak_payment_intent_read",
    // client_secret is for retrieving with a publishable key; a secret key needs none.
    params: ["client_secret"],
    handle: (context) => retrieve({ context, collection: "paymentIntents", label: "payment_intent" }),
  },
  {
    method: "GET",
    pattern: new RegExp(`^/v1/refunds/${ID}$`),
    permission: "rak_refund_read",
    params: [],
    handle: (context) => retrieve({ context, collection: "refunds", label: "refund" }),
  },
  {
    method: "GET",
    pattern: /^\/v1\/refunds$/,
    permission: "rak_refund_read",
    params: [...PAGINATION_PARAMS, "charge", "payment_intent", "created"],
    handle: ({ store, query }) => {
      const charge = text(query.charge);
      const items = matching(store.refunds.values(), (refund) => charge === undefined || refund.charge === charge);
      return listAnswer({ items: newestFirst(items), query, url: "/v1/refunds", label: "refund" });
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/v1/subscriptions/(?!search$)${ID}$`),
    permission: "rak_subscription_read",
    params: [],
    handle: (context) => retrieve({ context, collection: "subscriptions", label: "subscription" }),
  },
  {
    method: "GET",
    pattern: /^\/v1\/subscriptions$/,
    permission: "rak_subscription_read",
    params: [...PAGINATION_PARAMS, "customer", "status", "price", "created"],
    handle: (context) => {
      const { store, query } = context;
      const customer = text(query.customer);
      const status = text(query.status);
      if (status !== undefined && !SUBSCRIPTION_STATUSES.includes(status)) {
        return badParameter("status", `Invalid status: must be one of ${SUBSCRIPTION_STATUSES.join(", ")}`);
      }
      const missing = unknownCustomer(context, customer);
      if (missing) return missing;
      const items = matching(
        store.subscriptions.values(),
        (subscription) => (customer === undefined || subscription.customer === customer) && subscriptionStatusMatches(status, subscription.status),
      );
      return listAnswer({ items: newestFirst(items), query, url: "/v1/subscriptions", label: "subscription" });
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/v1/invoices/(?!search$|upcoming$)${ID}$`),
    permission: "rak_invoice_read",
    params: [],
    handle: (context) => retrieve({ context, collection: "invoices", label: "invoice" }),
  },
  {
    method: "GET",
    pattern: /^\/v1\/invoices$/,
    permission: "rak_invoice_read",
    params: [...PAGINATION_PARAMS, "customer", "subscription", "status", "created", "collection_method", "due_date"],
    handle: (context) => {
      const { store, query } = context;
      const customer = text(query.customer);
      const subscription = text(query.subscription);
      const status = text(query.status);
      const missing = unknownCustomer(context, customer);
      if (missing) return missing;
      const items = matching(
        store.invoices.values(),
        (invoice) =>
          (customer === undefined || invoice.customer === customer) &&
          (status === undefined || invoice.status === status) &&
          (subscription === undefined || invoiceSubscription(invoice) === subscription),
      );
      return listAnswer({ items: newestFirst(items), query, url: "/v1/invoices", label: "invoice" });
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/v1/events/${ID}$`),
    permission: "rak_event_read",
    params: [],
    handle: (context) => retrieve({ context, collection: "events", label: "event" }),
  },
  {
    method: "GET",
    pattern: /^\/v1\/events$/,
    permission: "rak_event_read",
    params: [...PAGINATION_PARAMS, "type", "types", "created", "delivery_success"],
    handle: ({ store, query }) => {
      const type = text(query.type);
      const types = Array.isArray(query.types) ? query.types.filter((value): value is string => typeof value === "string") : undefined;
      if (type !== undefined && types !== undefined) return badParameter("types", "You cannot specify both type and types.");
      if (types !== undefined && types.length > 20) return badParameter("types", "You may pass at most 20 event types.");
      const created = createdFilter(query.created);
      if (!created.ok) return created.answer;
      const collection = newestFirst(store.events.values());
      const items = collection.filter(
        (event) =>
          (type === undefined || eventTypeMatches(type, event.type)) && (types === undefined || types.includes(String(event.type))) && created.matches(event),
      );
      return listAnswer({ items, collection, query, url: "/v1/events", label: "event" });
    },
  },
];
