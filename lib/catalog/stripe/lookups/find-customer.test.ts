import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { StripeLookupInputError, StripeNotFoundError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { findCustomer } from "@/lib/catalog/stripe/lookups/find-customer";
import { inPortuguese, missingPaths, runLookup } from "@/lib/catalog/stripe/lookups/lookup-test-helpers";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

const find = (input: Record<string, unknown>, key?: string) => runLookup({ lookup: findCustomer, input, client: testbed.client(key) });

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
  testbed.standIn.seed({
    customers: [
      { id: "cus_Ada", email: "ada@example.com", name: "Ada Lovelace", metadata: { plan: "pro" }, created: 1_700_000_000 },
      { id: "cus_Ada2", email: "ada@example.com", name: "Ada (second account)", created: 1_700_000_500 },
      { id: "cus_Bob", email: "bob@example.com", name: null, created: 1_600_000_000 },
    ],
    deletedCustomers: ["cus_Gone"],
  });
  testbed.standIn.seed({ livemode: true, customers: [{ id: "cus_Live", email: "live@example.com" }] });
});

afterAll(async () => {
  await testbed.standIn.close();
});

describe("find_customer", () => {
  it("finds a customer by ID", async () => {
    expect(await find({ customer: "cus_Ada" })).toEqual({
      found: true,
      id: "cus_Ada",
      email: "ada@example.com",
      name: "Ada Lovelace",
      phone: null,
      description: null,
      metadata: { plan: "pro" },
      created: 1_700_000_000,
      livemode: false,
    });
    expect(testbed.standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /v1/customers/cus_Ada"]);
  });

  it("finds the newest customer with an email, trimming what was mapped", async () => {
    expect(await find({ customer: "  ada@example.com " })).toMatchObject({ found: true, id: "cus_Ada2" });
    expect(testbed.standIn.requests[0]?.query).toEqual({ email: "ada@example.com", limit: "1" });
  });

  it("tries the lower-cased email when the exact one matches nobody (Stripe's filter is case-sensitive)", async () => {
    expect(await find({ customer: "Bob@Example.com" })).toMatchObject({ found: true, id: "cus_Bob", name: null });
    expect(testbed.standIn.requests.map((request) => request.query.email)).toEqual(["Bob@Example.com", "bob@example.com"]);
  });

  it("stops by default when nobody matches: a StripeNotFoundError the executor ends the run with, never retried", async () => {
    const error = await find({ customer: "cus_Nobody" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StripeNotFoundError);
    expect(error).toMatchObject({
      resource: "customer",
      reference: "cus_Nobody",
      message: "No Stripe customer has the ID cus_Nobody; the step is set to stop the run.",
    });
    expect(classifyStripeError({ error })).toMatchObject({ kind: "permanent", stop: true });
    expect(testbed.standIn.requests).toHaveLength(1);
  });

  it("says who was not found, by ID or by email, in the viewer's language", async () => {
    const byId = await find({ customer: "cus_Nobody" }).catch((caught: unknown) => caught);
    expect(await inPortuguese(byId)).toBe("Nenhum cliente do Stripe tem o ID cus_Nobody; a etapa está configurada para parar a execução.");
    const byEmail = await find({ customer: "carol@example.com" }).catch((caught: unknown) => caught);
    expect(byEmail).toMatchObject({ message: "No Stripe customer has the email carol@example.com; the step is set to stop the run." });
    expect(await inPortuguese(byEmail)).toBe("Nenhum cliente do Stripe tem o e-mail carol@example.com; a etapa está configurada para parar a execução.");
  });

  it("continues with found = false and empty values when asked to", async () => {
    const nobody = { found: false, id: null, email: null, name: null, phone: null, description: null, metadata: {}, created: null, livemode: null };
    expect(await find({ customer: "carol@example.com", ifNotFound: "continue" })).toEqual(nobody);
    expect(await find({ customer: "cus_Gone", ifNotFound: "continue" })).toEqual(nobody);
    expect(await find({ customer: "cus_Live", ifNotFound: "continue" })).toEqual(nobody);
  });

  it("finds live-mode customers with a live key", async () => {
    expect(await find({ customer: "live@example.com" }, TEST_KEYS.live)).toMatchObject({ found: true, id: "cus_Live", livemode: true });
  });

  it("refuses an input that is neither an ID nor an email, without calling Stripe", async () => {
    await expect(find({ customer: "Ada Lovelace" })).rejects.toThrow(StripeLookupInputError);
    const error = await find({ customer: "Ada Lovelace" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      message: '"Ada Lovelace" is neither a Stripe customer ID (cus_…) nor an email address. Check what "Customer ID or email" is mapped to.',
    });
    expect(await inPortuguese(error)).toBe(
      "“Ada Lovelace” não é um ID de cliente do Stripe (cus_…) nem um endereço de e-mail. Confira o que está mapeado em “ID ou e-mail do cliente”.",
    );
    await expect(find({ customer: "" })).rejects.toThrow(/required/);
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("lets Stripe's failures through for the executor to classify", async () => {
    testbed.standIn.failNext({ status: 503 });
    const outage = await find({ customer: "cus_Ada" }).catch((caught: unknown) => caught);
    expect(classifyStripeError({ error: outage })).toMatchObject({ kind: "transient", status: 503 });
    const denied = await find({ customer: "ada@example.com" }, TEST_KEYS.revoked).catch((caught: unknown) => caught);
    expect(classifyStripeError({ error: denied })).toMatchObject({ kind: "permanent", status: 401 });
  });

  it("offers output fields that all exist in its output", async () => {
    expect(missingPaths({ fields: findCustomer.outputFields, output: await find({ customer: "cus_Ada" }) })).toEqual([]);
  });
});
