import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { catalogText } from "@/lib/catalog/catalog-text";
import { catalogSection, findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { translator } from "@/lib/i18n/translator";
import { catalogWords, englishText, plainText, userMessageText } from "@/lib/i18n/user-message";
import { renderStepInputs } from "@/lib/mapping/render-step-inputs";
import { emptyLookupReference } from "@/lib/runs/empty-lookup-reference";
import type { MappedValue } from "@/lib/zaps/schema";

// A guest's payment: the event has no customer.
const context = { trigger: { type: "charge.succeeded", data: { object: { id: "ch_A", customer: null } } } as unknown as Stripe.Event, steps: {} };

function check({ app = "stripe", key, mapped }: { app?: string; key: string; mapped: Record<string, MappedValue> }) {
  const entry = findCatalogEntry({ appKey: app, key });
  if (!entry || entry.kind === "trigger") throw new Error(`no step ${key}`);
  const rendered = renderStepInputs({
    fields: entry.definition.inputs,
    mapped,
    context,
    labelFor: (path) => (path === "trigger.customer" ? "Customer ID" : undefined),
    fieldLabel: (name) =>
      catalogWords({ catalog: [entry.app.key, catalogSection(entry.kind), key, "inputs", name, "label"], text: entry.definition.inputs[name]?.label ?? name }),
  });
  if (rendered.ok) throw new Error("the inputs rendered");
  return emptyLookupReference({ entry, mapped, rendered });
}

describe("emptyLookupReference", () => {
  it("a mapped reference with no value in the event is nothing found: stop by default, with which mapping was empty", async () => {
    const stop = check({ key: "customer_payment_totals", mapped: { customerId: "{{trigger.customer}}" } });
    expect(stop?.action).toBe("stop");
    const message = stop?.action === "stop" ? stop.message : plainText("");
    expect(englishText(message)).toBe(
      "Customer ID is empty: Customer ID (trigger.customer) has no value in this event, so there was nothing to look up; the step is set to stop the run.",
    );
    // Worded again in the viewer's language, the step's own field label from the catalog too.
    expect(userMessageText({ message, t: await translator({ locale: "pt-BR" }), catalog: await catalogText({ locale: "pt-BR" }) })).toBe(
      "O campo “ID do cliente” está vazio: Customer ID (trigger.customer) não tem valor neste evento, então não havia o que buscar; a etapa está configurada para parar a execução.",
    );
  });

  it("set to continue, gives the lookup's empty output", () => {
    expect(check({ key: "find_customer", mapped: { customer: "{{trigger.customer}}", ifNotFound: "continue" } })).toEqual({
      action: "continue",
      output: { found: false, id: null, email: null, name: null, phone: null, description: null, metadata: {}, created: null, livemode: null },
    });
  });

  it("a reference left unmapped, or another invalid input, stays a mistake in the step", () => {
    expect(check({ key: "get_charge", mapped: {} })).toBeUndefined();
    expect(check({ key: "get_charge", mapped: { chargeId: "{{trigger.customer}}", ifNotFound: "maybe" } })).toBeUndefined();
  });

  it("an action is never looked up", () => {
    expect(check({ app: "customerio", key: "identify_person", mapped: { personId: "{{trigger.customer}}" } })).toBeUndefined();
  });
});
