import { describe, expect, it } from "vitest";
import { catalogText, catalogTextFrom } from "@/lib/catalog/catalog-text";
import { localizeApp } from "@/lib/catalog/localize-app";
import { customerioApp } from "@/lib/catalog/customerio/app";
import { stripeApp } from "@/lib/catalog/stripe/app";

const entry = <T extends { key: string }>(list: readonly T[], key: string): T => {
  const found = list.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`No catalog entry ${key}`);
  return found;
};

describe("localizeApp", () => {
  it("words an app in Portuguese, keeping its keys, schemas and behaviour", async () => {
    const stripe = localizeApp({ app: stripeApp, text: await catalogText({ locale: "pt-BR" }) });
    const canceled = entry(stripe.triggers, "subscription_canceled");
    expect(canceled.name).toBe("Assinatura cancelada");
    expect(canceled.options.mode?.label).toBe("Modo de produção ou de teste");
    expect((canceled.options.mode as unknown as { options: { value: string; label: string }[] }).options).toEqual([
      { value: "any", label: "Produção e teste" },
      { value: "live", label: "Só produção" },
      { value: "test", label: "Só teste" },
    ]);
    const original = entry(stripeApp.triggers, "subscription_canceled");
    expect(canceled.options.mode?.schema).toBe(original.options.mode?.schema);
    expect(canceled.matches).toBe(original.matches);
    expect(canceled.eventTypes).toBe(original.eventTypes);
    const checkout = entry(stripe.triggers, "checkout_session_completed");
    expect(checkout.outputFields.find((field) => field.path === "customer_details.email")).toMatchObject({ label: "E-mail do cliente", type: "string" });
    expect(entry(stripe.lookups, "customer_payment_totals").name).toBe("Totais de pagamento do cliente");
    expect(stripe.connection.fields.secretKey?.label).toBe("Chave secreta ou restrita");
    expect(stripe.connection.verify).toBe(stripeApp.connection.verify);

    const customerio = localizeApp({ app: customerioApp, text: await catalogText({ locale: "pt-BR" }) });
    const email = entry(customerio.actions, "send_transactional_email");
    expect(email).toMatchObject({ name: "Enviar e-mail transacional", effect: "enviado este e-mail", idempotent: false });
    expect(email.run).toBe(entry(customerioApp.actions, "send_transactional_email").run);
    // Examples are data unless they are words: an email address stays, a subject line is translated.
    expect(email.inputs.identifier?.example).toBe("jenny.rosen@example.com");
    expect(email.inputs.subject?.example).toBe("Seu recibo");
    expect(entry(customerio.actions, "identify_person").name).toBe("Criar ou atualizar pessoa");
  });

  it("keeps the catalog's English for English", async () => {
    const english = localizeApp({ app: customerioApp, text: await catalogText({ locale: "en" }) });
    expect(JSON.stringify(english)).toBe(JSON.stringify(customerioApp));
    expect(english.actions.map((action) => action.name)).toEqual(customerioApp.actions.map((action) => action.name));
  });

  it("falls back to English for a key a language lacks, however the key is spelled", () => {
    const text = catalogTextFrom({ stripe: { triggers: { new_customer: { name: "Novo cliente" } } } });
    expect(text(["stripe", "triggers", "new_customer", "name"], "New customer")).toBe("Novo cliente");
    expect(text(["stripe", "triggers", "new_customer", "description"], "Runs when…")).toBe("Runs when…");
    expect(text(["stripe", "triggers", "new_customer", "name", "label"], "Label")).toBe("Label");
    expect(text(["stripe", "constructor"], "Constructor")).toBe("Constructor");
    expect(text(["__proto__", "toString"], "Text")).toBe("Text");
    expect(catalogTextFrom(undefined)(["stripe", "name"], "Stripe")).toBe("Stripe");
    const partial = localizeApp({ app: stripeApp, text });
    expect(entry(partial.triggers, "new_customer").name).toBe("Novo cliente");
    expect(entry(partial.triggers, "payment_failed").name).toBe("Payment failed");
  });
});
