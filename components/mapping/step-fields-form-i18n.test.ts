// The builder's field widgets speak the viewer's language: labels, default choices, the mode switch
// and the warnings under a field come from messages/*.json, with English unchanged.
import { NextIntlClientProvider, type Messages } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { StepFieldsForm } from "@/components/mapping/step-fields-form";
import type { FieldDescriptor } from "@/lib/catalog/describe-fields";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { MappedValue } from "@/lib/zaps/schema";

const messages: Partial<Record<"en" | "pt-BR", Messages>> = {};
beforeAll(async () => {
  messages.en = await loadMessages({ locale: "en" });
  messages["pt-BR"] = await loadMessages({ locale: "pt-BR" });
});

const fields: FieldDescriptor[] = [
  { name: "subscribed", label: "Subscribed", kind: "boolean", default: false, required: false, example: "true" },
  { name: "plan", label: "Plan", kind: "select", options: [{ value: "pro", label: "Pro" }], required: true },
  { name: "attributes", label: "Attributes", kind: "keyValue", maxEntries: 3, required: false },
  { name: "quantity", label: "Quantity", kind: "number", integer: true, required: false },
];

const values: Record<string, MappedValue> = {
  attributes: [
    { key: "plan", value: "a" },
    { key: "plan", value: "b" },
    { key: "", value: "x" },
  ],
  quantity: "abc",
};

const render = (locale: "en" | "pt-BR") =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, timeZone: "UTC", messages: messages[locale] } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(StepFieldsForm, {
        fields,
        values,
        onChange: () => {},
        sources: [{ root: "trigger", label: "1. Stripe: Charge succeeded", data: { amount: 2599 } }],
      }),
    ),
  );

describe("the step's field widgets", () => {
  it("render their English text", () => {
    const html = render("en");
    for (const text of [
      "Example: <span",
      ">Yes</option>",
      ">No (default)</option>",
      ">Choose…</option>",
      "Use data from the event",
      "“plan” is used for more than one row: only the last one is sent.",
      "Row 3 has no name, so it is left out: give each row a name.",
      "Attributes can have at most 3 rows.",
      "“abc” is not a number, so the step would fail.",
    ])
      expect(html).toContain(text);
  });

  it("render in Brazilian Portuguese, with no English left", () => {
    const html = render("pt-BR");
    for (const text of [
      "Exemplo: <span",
      ">Sim</option>",
      ">Não (padrão)</option>",
      ">Escolha…</option>",
      "Usar dados do evento",
      "“plan” é usado em mais de uma linha: só a última é enviada.",
      "A linha 3 não tem nome, então fica de fora: dê um nome a cada linha.",
      "Attributes pode ter no máximo 3 linhas.",
      "“abc” não é um número, então a etapa falharia.",
      "Inserir dados",
    ])
      expect(html).toContain(text);
    for (const english of ["Example:", "Use data from the event", "Insert data", ">Remove<", "Add a row", "the step would fail"])
      expect(html).not.toContain(english);
  });
});
