// Find customer: a Stripe customer by ID or email. Finding nobody is an outcome the user chooses
// what to do with (see if-not-found.ts): stop the run, or continue with `found: false`.
import type Stripe from "stripe";
import { field } from "@/lib/catalog/field";
import { StripeLookupInputError, StripeNotFoundError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { defineStripeLookup } from "@/lib/catalog/stripe/lookups/define-stripe-lookup";
import { foundOutputField, ifNotFoundField } from "@/lib/catalog/stripe/lookups/if-not-found";
import { said } from "@/lib/i18n/user-message";

export interface FoundCustomer {
  found: boolean;
  id: string | null;
  email: string | null;
  name: string | null;
  phone: string | null;
  description: string | null;
  metadata: Record<string, string>;
  /** Unix seconds, as Stripe gives it. */
  created: number | null;
  livemode: boolean | null;
}

const NOBODY: FoundCustomer = { found: false, id: null, email: null, name: null, phone: null, description: null, metadata: {}, created: null, livemode: null };

export const findCustomer = defineStripeLookup({
  key: "find_customer",
  name: "Find customer",
  description: "Finds a customer in Stripe by ID or email, to use their name, email and metadata in later steps.",
  inputs: {
    customer: field.text({
      label: "Customer ID or email",
      required: true,
      help: "A Stripe customer ID (cus_…) or an email address. Several customers with the same email: the newest one.",
      example: "cus_QXg1o8vcGmoR32",
    }),
    ifNotFound: ifNotFoundField({ label: "If no customer is found" }),
  },
  notFound: { reference: "customer", choice: "ifNotFound", empty: NOBODY },
  outputFields: [
    foundOutputField({ resource: "customer" }),
    { path: "id", label: "Customer ID", type: "string", example: "cus_QXg1o8vcGmoR32" },
    { path: "email", label: "Email", type: "string", example: "jenny.rosen@example.com" },
    { path: "name", label: "Name", type: "string", example: "Jenny Rosen" },
    { path: "phone", label: "Phone", type: "string", example: "+18008675309" },
    { path: "description", label: "Description", type: "string", example: "Signed up at the spring fair" },
    { path: "metadata", label: "Metadata", type: "object", example: { plan: "pro" } },
    { path: "created", label: "Customer since", type: "timestamp", example: 1234567890 },
    { path: "livemode", label: "Live mode", type: "boolean", example: false },
  ],
  async run({ input, client }): Promise<FoundCustomer> {
    const reference = input.customer.trim();
    const customer = await lookUp(client, reference);
    if (customer) return describe(customer);
    if (input.ifNotFound === "continue") return NOBODY;
    const by = reference.startsWith("cus_") ? "id" : "email";
    throw new StripeNotFoundError({ resource: "customer", reference, message: said("runErrors.stripe.nothingFound", { resource: "customer", by, reference }) });
  },
});

async function lookUp(client: Stripe, reference: string): Promise<Stripe.Customer | undefined> {
  if (/^cus_[A-Za-z0-9]+$/.test(reference)) {
    const customer = await client.customers.retrieve(reference).catch((error: unknown) => {
      if (error instanceof client.errors.StripeError && error.statusCode === 404) return undefined;
      throw error;
    });
    return customer && !customer.deleted ? customer : undefined;
  }
  if (!reference.includes("@")) {
    throw new StripeLookupInputError(said("runErrors.stripe.notCustomerReference", { value: reference.slice(0, 80) }));
  }
  // Stripe's email filter is exact and case-sensitive; addresses are usually stored in lower case.
  const candidates = [...new Set([reference, reference.toLowerCase()])];
  for (const email of candidates) {
    const { data } = await client.customers.list({ email, limit: 1 });
    if (data[0]) return data[0];
  }
  return undefined;
}

function describe(customer: Stripe.Customer): FoundCustomer {
  return {
    found: true,
    id: customer.id,
    email: customer.email,
    name: customer.name ?? null,
    phone: customer.phone ?? null,
    description: customer.description,
    metadata: customer.metadata,
    created: customer.created,
    livemode: customer.livemode,
  };
}
