import type Stripe from "stripe";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { StripeLookupInputError, StripeNotFoundError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { customerPaymentTotals } from "@/lib/catalog/stripe/lookups/customer-payment-totals";
import { inPortuguese, missingPaths, runLookup } from "@/lib/catalog/stripe/lookups/lookup-test-helpers";
import type { DeepPartial } from "@/demo/stand-ins/stripe-stand-in-objects";
import { startStripeTestbed, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

const totals = (customerId: string, ifNotFound?: string) =>
  runLookup({ lookup: customerPaymentTotals, input: { customerId, ifNotFound }, client: testbed.client() });

const paid = (overrides: DeepPartial<Stripe.Charge>): DeepPartial<Stripe.Charge> => ({
  customer: "cus_A",
  status: "succeeded",
  captured: true,
  amount_captured: overrides.amount,
  ...overrides,
});

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
  testbed.standIn.seed({ customers: [{ id: "cus_A" }, { id: "cus_B" }, { id: "cus_New" }] });
});

afterAll(async () => {
  await testbed.standIn.close();
});

describe("customer_payment_totals", () => {
  it("adds up every page of charges, per currency, minus refunds, counting only captured successful charges", async () => {
    testbed.standIn.seed({
      charges: [
        ...Array.from({ length: 150 }, (_, index) => paid({ id: `ch_usd_${index}`, amount: 1000, currency: "usd", created: 1_700_000_000 + index * 60 })),
        ...Array.from({ length: 60 }, (_, index) => paid({ id: `ch_eur_${index}`, amount: 500, currency: "eur", created: 1_710_000_000 + index })),
        // A partial capture counts what was captured.
        paid({ id: "ch_partial_capture", amount: 3000, amount_captured: 2000, currency: "usd", created: 1_690_000_000 }),
        // Refunded on the charge itself (as Stripe reports it).
        paid({ id: "ch_refunded_inline", amount: 1000, amount_refunded: 250, currency: "usd", created: 1_700_900_000 }),
        ...Array.from({ length: 5 }, (_, index) =>
          paid({ id: `ch_failed_${index}`, amount: 9999, status: "failed", captured: false, amount_captured: 0, currency: "usd", created: 1_600_000_000 }),
        ),
        paid({ id: "ch_uncaptured", amount: 7777, captured: false, amount_captured: 0, currency: "usd", created: 1_800_000_000 }),
        paid({ id: "ch_other_customer", customer: "cus_B", amount: 100_000, currency: "usd" }),
      ],
    });
    testbed.standIn.seed({
      refunds: [
        { charge: "ch_usd_3", amount: 400 },
        { charge: "ch_usd_10", amount: 600 },
        { charge: "ch_usd_10", amount: 400 },
        { charge: "ch_eur_5", amount: 100, currency: "eur" },
      ],
    });
    testbed.standIn.seed({
      subscriptions: [
        { customer: "cus_A", status: "active" },
        { customer: "cus_A", status: "trialing" },
        { customer: "cus_A", status: "past_due" },
        { customer: "cus_A", status: "canceled" },
        { customer: "cus_A", status: "incomplete_expired" },
        { customer: "cus_B", status: "active" },
      ],
    });

    expect(await totals("cus_A")).toEqual({
      found: true,
      customer_id: "cus_A",
      // 150 × 1000 + 2000 (partial capture) + 1000 − 250 − 400 − 1000
      total_spent: { usd: 151_350, eur: 29_900 },
      total_refunded: { usd: 1650, eur: 100 },
      currencies: ["usd", "eur"],
      main_currency: "usd",
      main_currency_total_spent: 151_350,
      successful_payments: 212,
      first_payment_at: 1_690_000_000,
      last_payment_at: 1_710_000_059,
      active_subscriptions: 2,
    });

    const chargePages = testbed.standIn.requests.filter((request) => request.path === "/v1/charges");
    expect(chargePages.map((request) => request.query)).toEqual([
      { customer: "cus_A", limit: "100" },
      { customer: "cus_A", limit: "100", starting_after: expect.stringMatching(/^ch_/) },
      { customer: "cus_A", limit: "100", starting_after: expect.stringMatching(/^ch_/) },
    ]);
  });

  it("answers zeros for a customer who never paid", async () => {
    const result = await totals("cus_New");
    expect(result).toEqual({
      found: true,
      customer_id: "cus_New",
      total_spent: {},
      total_refunded: {},
      currencies: [],
      main_currency: null,
      main_currency_total_spent: 0,
      successful_payments: 0,
      first_payment_at: null,
      last_payment_at: null,
      active_subscriptions: 0,
    });
  });

  it("picks the currency of most payments as the main one", async () => {
    testbed.standIn.seed({
      charges: [paid({ amount: 90_000, currency: "gbp" }), paid({ amount: 100, currency: "jpy" }), paid({ amount: 100, currency: "jpy" })],
    });
    expect(await totals("cus_A")).toMatchObject({ currencies: ["jpy", "gbp"], main_currency: "jpy", main_currency_total_spent: 200 });
  });

  it("needs a customer ID, and says so without calling Stripe", async () => {
    await expect(totals("ada@example.com")).rejects.toThrow(StripeLookupInputError);
    expect(await inPortuguese(await totals("ada@example.com").catch((caught: unknown) => caught))).toBe(
      "O campo “ID do cliente” precisa ser um ID do Stripe que comece com “cus_”, mas o valor é “ada@example.com”. Confira o que está mapeado nele.",
    );
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("stops the run by default for a customer Stripe does not know (its list refuses the filter)", async () => {
    const error = await totals("cus_Unknown").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StripeNotFoundError);
    expect(classifyStripeError({ error })).toMatchObject({
      kind: "permanent",
      stop: true,
      message: "No Stripe customer has the ID cus_Unknown; the step is set to stop the run.",
    });
    expect(await inPortuguese(error)).toBe("Nenhum cliente do Stripe tem o ID cus_Unknown; a etapa está configurada para parar a execução.");
  });

  it("continues with found = false and every value empty when asked to", async () => {
    expect(await totals("cus_Unknown", "continue")).toEqual({
      found: false,
      customer_id: null,
      total_spent: {},
      total_refunded: {},
      currencies: [],
      main_currency: null,
      main_currency_total_spent: null,
      successful_payments: null,
      first_payment_at: null,
      last_payment_at: null,
      active_subscriptions: null,
    });
  });

  it("fails transiently when a later page fails, for BullMQ to retry the step", async () => {
    testbed.standIn.seed({ charges: Array.from({ length: 120 }, () => paid({ amount: 100, currency: "usd" })) });
    testbed.standIn.failNext({ status: 500, path: "/v1/charges", skip: 1 });
    const error = await totals("cus_A").catch((caught: unknown) => caught);
    expect(classifyStripeError({ error })).toMatchObject({ kind: "transient", status: 500 });
    const chargePages = testbed.standIn.requests.filter((request) => request.path === "/v1/charges");
    expect(chargePages.map((request) => [request.status, request.query.starting_after !== undefined])).toEqual([
      [200, false],
      [500, true],
    ]);
  });

  it("offers output fields that all exist in its output", async () => {
    testbed.standIn.seed({ charges: [paid({ amount: 100, currency: "usd" })] });
    expect(missingPaths({ fields: customerPaymentTotals.outputFields, output: await totals("cus_A") })).toEqual([]);
  });
});
