import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { StripeLookupInputError, StripeNotFoundError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { getPaymentIntent } from "@/lib/catalog/stripe/lookups/get-payment-intent";
import { inPortuguese, missingPaths, runLookup } from "@/lib/catalog/stripe/lookups/lookup-test-helpers";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

const get = (paymentIntentId: string, key?: string, ifNotFound?: string) =>
  runLookup({ lookup: getPaymentIntent, input: { paymentIntentId, ifNotFound }, client: testbed.client(key) });

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
    expect(intent).toEqual({ found: true, ...testbed.standIn.store().paymentIntents.get("pi_A") });
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

  it("stops the run by default when Stripe has no such payment intent, and says when it belongs to the other mode", async () => {
    const unknown = await get("pi_Nope").catch((caught: unknown) => caught);
    expect(unknown).toBeInstanceOf(StripeNotFoundError);
    expect(unknown).toMatchObject({ message: "No Stripe payment intent has the ID pi_Nope; the step is set to stop the run." });
    expect(classifyStripeError({ error: unknown })).toMatchObject({ kind: "permanent", stop: true });
    const other = await get("pi_Live").catch((caught: unknown) => caught);
    expect(other).toMatchObject({ message: expect.stringContaining("(it exists in the other mode, test or live, than the connection's key)") });
    expect(await inPortuguese(unknown)).toBe("Nenhuma intenção de pagamento do Stripe tem o ID pi_Nope; a etapa está configurada para parar a execução.");
    expect(await inPortuguese(other)).toBe(
      "Nenhuma intenção de pagamento do Stripe tem o ID pi_Live (esse ID existe no outro modo, teste ou produção, e não no da chave da conexão); a etapa está configurada para parar a execução.",
    );
    expect(await get("pi_Live", TEST_KEYS.live)).toMatchObject({ found: true, id: "pi_Live", livemode: true });
  });

  it("continues with found = false when asked to", async () => {
    expect(await get("pi_Nope", undefined, "continue")).toEqual({ found: false });
  });

  it("needs rak_payment_intent_read on a restricted key", async () => {
    const error = await get("pi_A", TEST_KEYS.customersOnly).catch((caught: unknown) => caught);
    expect(classifyStripeError({ error })).toMatchObject({ kind: "permanent", status: 403, permission: "rak_payment_intent_read" });
  });

  it("refuses an input that is not a payment intent ID, without calling Stripe", async () => {
    const error = await get("ch_A").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StripeLookupInputError);
    expect(await inPortuguese(error)).toBe(
      "O campo “ID da intenção de pagamento” precisa ser um ID do Stripe que comece com “pi_”, mas o valor é “ch_A”. Confira o que está mapeado nele.",
    );
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("offers output fields that all exist in its output", async () => {
    expect(missingPaths({ fields: getPaymentIntent.outputFields, output: await get("pi_A") })).toEqual([]);
  });
});
