import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { StripeLookupInputError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { getPaymentIntent } from "@/lib/catalog/stripe/lookups/get-payment-intent";
import { missingPaths, runLookup } from "@/lib/catalog/stripe/lookups/lookup-test-helpers";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

const get = (paymentIntentId: string, key?: string) => runLookup({ lookup: getPaymentIntent, input: { paymentIntentId }, client: testbed.client(key) });

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
  testbed.standIn.seed({
    paymentIntents: [
      {
        id: "pi_A",
        customer: "cus_A",
        amount: 2599,
        amount_received: 2599,
        currency: "eur",
        status: "succeeded",
        latest_charge: "ch_A",
        receipt_email: "jenny.rosen@example.com",
      },
    ],
  });
  testbed.standIn.seed({ livemode: true, paymentIntents: [{ id: "pi_Live" }] });
});

afterAll(async () => {
  await testbed.standIn.close();
});

describe("get_payment_intent", () => {
  it("returns the whole payment intent as Stripe sends it", async () => {
    const intent = await get("pi_A");
    expect(intent).toEqual(testbed.standIn.store().paymentIntents.get("pi_A"));
    expect(intent).toMatchObject({
      id: "pi_A",
      object: "payment_intent",
      amount: 2599,
      currency: "eur",
      customer: "cus_A",
      status: "succeeded",
      latest_charge: "ch_A",
    });
    expect(testbed.standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /v1/payment_intents/pi_A"]);
  });

  it("answers an unknown payment intent with Stripe's 404, and says when it belongs to the other mode", async () => {
    const unknown = await get("pi_Nope").catch((caught: unknown) => caught);
    expect(unknown).toMatchObject({ statusCode: 404, code: "resource_missing", param: "id", message: "No such payment_intent: 'pi_Nope'" });
    const other = await get("pi_Live").catch((caught: unknown) => caught);
    expect(classifyStripeError({ error: other })).toMatchObject({
      kind: "permanent",
      status: 404,
      message: expect.stringContaining("other mode (test or live)"),
    });
    expect(await get("pi_Live", TEST_KEYS.live)).toMatchObject({ id: "pi_Live", livemode: true });
  });

  it("needs rak_payment_intent_read on a restricted key", async () => {
    const error = await get("pi_A", TEST_KEYS.customersOnly).catch((caught: unknown) => caught);
    expect(classifyStripeError({ error })).toMatchObject({ kind: "permanent", status: 403, permission: "rak_payment_intent_read" });
  });

  it("refuses an input that is not a payment intent ID, without calling Stripe", async () => {
    await expect(get("ch_A")).rejects.toThrow(StripeLookupInputError);
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("offers output fields that all exist in its output", async () => {
    expect(missingPaths({ fields: getPaymentIntent.outputFields, output: await get("pi_A") })).toEqual([]);
  });
});
