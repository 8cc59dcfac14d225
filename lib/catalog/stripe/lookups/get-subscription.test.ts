import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { StripeLookupInputError, StripeNotFoundError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { getSubscription } from "@/lib/catalog/stripe/lookups/get-subscription";
import { inPortuguese, missingPaths, runLookup } from "@/lib/catalog/stripe/lookups/lookup-test-helpers";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

const get = (subscriptionId: string, key?: string, ifNotFound?: string) =>
  runLookup({ lookup: getSubscription, input: { subscriptionId, ifNotFound }, client: testbed.client(key) });

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
  testbed.standIn.seed({ subscriptions: [{ id: "sub_A", customer: "cus_A", status: "past_due", metadata: { plan: "pro" } }] });
});

afterAll(async () => {
  await testbed.standIn.close();
});

describe("get_subscription", () => {
  it("returns the whole subscription as Stripe sends it", async () => {
    const subscription = await get("sub_A");
    expect(subscription).toEqual({ found: true, ...testbed.standIn.store().subscriptions.get("sub_A") });
    // Plain JSON: the SDK's Decimal becomes Stripe's string again.
    expect(subscription).toMatchObject({
      id: "sub_A",
      object: "subscription",
      status: "past_due",
      items: { data: [{ price: { unit_amount_decimal: "2000" } }] },
    });
    expect(Object.keys(subscription)).not.toContain("lastResponse");
    expect(testbed.standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /v1/subscriptions/sub_A"]);
  });

  it("stops the run by default when Stripe has no such subscription, or continues with found = false when asked to", async () => {
    const error = await get("sub_Nope").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StripeNotFoundError);
    expect(classifyStripeError({ error })).toMatchObject({
      kind: "permanent",
      stop: true,
      message: "No Stripe subscription has the ID sub_Nope; the step is set to stop the run.",
    });
    expect(await inPortuguese(error)).toBe("Nenhuma assinatura do Stripe tem o ID sub_Nope; a etapa está configurada para parar a execução.");
    expect(await get("sub_Nope", undefined, "continue")).toEqual({ found: false });
  });

  it("fails permanently when a restricted key cannot read subscriptions", async () => {
    const error = await get("sub_A", TEST_KEYS.customersOnly).catch((caught: unknown) => caught);
    expect(classifyStripeError({ error })).toMatchObject({ kind: "permanent", status: 403, permission: "rak_subscription_read" });
  });

  it("refuses an input that is not a subscription ID, without calling Stripe", async () => {
    const error = await get("cus_A").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StripeLookupInputError);
    expect(await inPortuguese(error)).toBe(
      "O campo “ID da assinatura” precisa ser um ID do Stripe que comece com “sub_”, mas o valor é “cus_A”. Confira o que está mapeado nele.",
    );
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("offers output fields that all exist in its output", async () => {
    expect(missingPaths({ fields: getSubscription.outputFields, output: await get("sub_A") })).toEqual([]);
  });
});
