import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { StripeLookupInputError, StripeNotFoundError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { getInvoice } from "@/lib/catalog/stripe/lookups/get-invoice";
import { inPortuguese, missingPaths, runLookup } from "@/lib/catalog/stripe/lookups/lookup-test-helpers";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

const get = (invoiceId: string, key?: string, ifNotFound?: string) =>
  runLookup({ lookup: getInvoice, input: { invoiceId, ifNotFound }, client: testbed.client(key) });

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
  testbed.standIn.seed({
    invoices: [
      {
        id: "in_A",
        customer: "cus_A",
        status: "paid",
        amount_paid: 1000,
        amount_remaining: 0,
        hosted_invoice_url: "https://invoice.stripe.com/i/acct_1MoRdlLgUG5tbmjc/test_A",
      },
    ],
  });
  testbed.standIn.seed({ livemode: true, invoices: [{ id: "in_Live" }] });
});

afterAll(async () => {
  await testbed.standIn.close();
});

describe("get_invoice", () => {
  it("returns the whole invoice as Stripe sends it", async () => {
    const invoice = await get(" in_A ");
    expect(invoice).toEqual({ found: true, ...testbed.standIn.store().invoices.get("in_A") });
    expect(invoice).toMatchObject({ id: "in_A", object: "invoice", status: "paid", amount_paid: 1000, lines: { data: [{ amount: 1000 }] } });
    expect(testbed.standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /v1/invoices/in_A"]);
  });

  it("stops the run by default when Stripe has no such invoice, and says when it belongs to the other mode than the key", async () => {
    const unknown = await get("in_Nope").catch((caught: unknown) => caught);
    expect(unknown).toBeInstanceOf(StripeNotFoundError);
    expect(unknown).toMatchObject({ message: "No Stripe invoice has the ID in_Nope; the step is set to stop the run." });
    expect(classifyStripeError({ error: unknown })).toMatchObject({ kind: "permanent", stop: true });
    const other = await get("in_Live").catch((caught: unknown) => caught);
    expect(other).toMatchObject({ message: expect.stringContaining("(it exists in the other mode, test or live, than the connection's key)") });
    expect(await inPortuguese(unknown)).toBe("Nenhuma fatura do Stripe tem o ID in_Nope; a etapa está configurada para parar a execução.");
    expect(await inPortuguese(other)).toBe(
      "Nenhuma fatura do Stripe tem o ID in_Live (esse ID existe no outro modo, teste ou produção, e não no da chave da conexão); a etapa está configurada para parar a execução.",
    );
    expect(await get("in_Live", TEST_KEYS.live)).toMatchObject({ found: true, id: "in_Live", livemode: true });
  });

  it("continues with found = false when asked to", async () => {
    expect(await get("in_Nope", undefined, "continue")).toEqual({ found: false });
  });

  it("refuses an input that is not an invoice ID, without calling Stripe", async () => {
    const error = await get("https://invoice.stripe.com/i/x").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StripeLookupInputError);
    expect(await inPortuguese(error)).toBe(
      "O campo “ID da fatura” precisa ser um ID do Stripe que comece com “in_”, mas o valor é “https://invoice.stripe.com/i/x”. Confira o que está mapeado nele.",
    );
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("offers output fields that all exist in its output", async () => {
    expect(missingPaths({ fields: getInvoice.outputFields, output: await get("in_A") })).toEqual([]);
  });
});
