import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { StripeLookupInputError, StripeNotFoundError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { getCharge } from "@/lib/catalog/stripe/lookups/get-charge";
import { inPortuguese, missingPaths, runLookup } from "@/lib/catalog/stripe/lookups/lookup-test-helpers";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

const get = (chargeId: string, key?: string, ifNotFound?: string) =>
  runLookup({ lookup: getCharge, input: { chargeId, ifNotFound }, client: testbed.client(key) });

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
  testbed.standIn.seed({
    charges: [
      {
        id: "ch_A",
        customer: "cus_A",
        amount: 10700,
        currency: "usd",
        payment_intent: "pi_A",
        billing_details: { email: "jenny.rosen@example.com", name: "Jenny Rosen" },
        receipt_url: "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8x",
      },
      { id: "py_Guest", customer: null, billing_details: { email: "guest@example.com", name: "Guest Buyer" } },
    ],
  });
  testbed.standIn.seed({ livemode: true, charges: [{ id: "ch_Live" }] });
});

afterAll(async () => {
  await testbed.standIn.close();
});

describe("get_charge", () => {
  it("returns the whole charge as Stripe sends it, found, with the fields that identify the payer", async () => {
    const charge = await get(" ch_A ");
    expect(charge).toEqual({ found: true, ...testbed.standIn.store().charges.get("ch_A") });
    expect(charge).toMatchObject({
      id: "ch_A",
      object: "charge",
      amount: 10700,
      currency: "usd",
      customer: "cus_A",
      payment_intent: "pi_A",
      billing_details: { email: "jenny.rosen@example.com", name: "Jenny Rosen" },
      receipt_url: "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8x",
    });
    expect(testbed.standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /v1/charges/ch_A"]);
  });

  it("reads a py_ charge, whose billing email stands in for a missing customer", async () => {
    expect(await get("py_Guest")).toMatchObject({ id: "py_Guest", customer: null, billing_details: { email: "guest@example.com" } });
  });

  it("stops the run by default when Stripe has no such charge (its 404), and says when it belongs to the other mode", async () => {
    const unknown = await get("ch_Nope").catch((caught: unknown) => caught);
    expect(unknown).toBeInstanceOf(StripeNotFoundError);
    expect(unknown).toMatchObject({
      resource: "charge",
      reference: "ch_Nope",
      message: "No Stripe charge has the ID ch_Nope; the step is set to stop the run.",
    });
    expect(classifyStripeError({ error: unknown })).toMatchObject({ kind: "permanent", stop: true });
    const other = await get("ch_Live").catch((caught: unknown) => caught);
    expect(other).toMatchObject({
      message: "No Stripe charge has the ID ch_Live (it exists in the other mode, test or live, than the connection's key); the step is set to stop the run.",
    });
    expect(await inPortuguese(unknown)).toBe("Nenhuma cobrança do Stripe tem o ID ch_Nope; a etapa está configurada para parar a execução.");
    expect(await inPortuguese(other)).toBe(
      "Nenhuma cobrança do Stripe tem o ID ch_Live (esse ID existe no outro modo, teste ou produção, e não no da chave da conexão); a etapa está configurada para parar a execução.",
    );
    expect(await get("ch_Live", TEST_KEYS.live)).toMatchObject({ found: true, id: "ch_Live", livemode: true });
  });

  it("continues with found = false and nothing else when asked to", async () => {
    expect(await get("ch_Nope", undefined, "continue")).toEqual({ found: false });
    expect(testbed.standIn.requests.map((request) => request.status)).toEqual([404]);
  });

  it("still fails, to be retried, when Stripe has a server error", async () => {
    testbed.standIn.failNext({ status: 500, path: "/v1/charges/ch_A" });
    const error = await get("ch_A", undefined, "continue").catch((caught: unknown) => caught);
    expect(classifyStripeError({ error })).toMatchObject({ kind: "transient", status: 500 });
  });

  it("refuses an input that is not a charge ID, without calling Stripe", async () => {
    await expect(get("jenny@example.com")).rejects.toThrow(StripeLookupInputError);
    await expect(get("pi_A")).rejects.toThrow('Charge ID must be a Stripe ID starting with "ch_" or "py_", but it is "pi_A".');
    expect(await inPortuguese(await get("pi_A").catch((caught: unknown) => caught))).toBe(
      "O campo “ID da cobrança” precisa ser um ID do Stripe que comece com “ch_” ou “py_”, mas o valor é “pi_A”. Confira o que está mapeado nele.",
    );
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("offers output fields that all exist in its output, with examples from the sample charge", async () => {
    expect(missingPaths({ fields: getCharge.outputFields, output: await get("ch_A") })).toEqual([]);
    const examples = Object.fromEntries(getCharge.outputFields.map((field) => [field.path, field.example]));
    expect(examples).toMatchObject({
      id: "ch_1PgafuB7WZ01zgkWXYmPNZs8",
      customer: "cus_QXg1o8vcGmoR32",
      "billing_details.email": "jenny@example.com",
      amount: 1000,
    });
  });
});
