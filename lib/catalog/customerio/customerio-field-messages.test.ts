import { describe, expect, it } from "vitest";
import { fieldProblem } from "@/lib/catalog/field";
import { eventDataField } from "@/lib/catalog/customerio/event-data-field";
import { personIdsField } from "@/lib/catalog/customerio/person-ids-field";
import { timestampField } from "@/lib/catalog/customerio/timestamp-field";
import { translator } from "@/lib/i18n/translator";
import { englishText, userMessageText } from "@/lib/i18n/user-message";

const people = personIdsField({ label: "People" });
const when = timestampField({ label: "When it happened" });
const data = eventDataField({ label: "Event data" });

describe("Customer.io fields' validation messages", () => {
  it.each([
    { name: "no people", schema: people.schema, label: "People", value: " , \n", english: "People is required.", field: "Pessoas" },
    {
      name: "1001 people",
      schema: people.schema,
      label: "People",
      value: Array.from({ length: 1001 }, (_, i) => `p${i}`).join(","),
      english: "People can list at most 1000 people per step.",
      field: "Pessoas",
      portuguese: "O campo “Pessoas” pode listar no máximo 1000 pessoas por etapa.",
    },
    {
      name: "a 151-byte ID",
      schema: people.schema,
      label: "People",
      value: "x".repeat(151),
      english: `People: "${"x".repeat(40)}…" is longer than 150 bytes.`,
      field: "Pessoas",
      portuguese: `Pessoas: “${"x".repeat(40)}…” tem mais de 150 bytes.`,
    },
    {
      name: "a date it cannot read",
      schema: when.schema,
      label: "When it happened",
      value: "next tuesday",
      english: "When it happened must be a date like 2024-05-01T12:00:00Z, or a Unix time in seconds or milliseconds.",
      field: "Quando aconteceu",
      portuguese: "O campo “Quando aconteceu” deve ser uma data como 2024-05-01T12:00:00Z ou um tempo Unix em segundos ou milissegundos.",
    },
    {
      name: "over 100,000 bytes of data",
      schema: data.schema,
      label: "Event data",
      value: { blob: "d".repeat(100_000) },
      english: "Event data must be at most 100,000 bytes in all.",
      field: "Dados do evento",
      portuguese: "O campo “Dados do evento” deve ter no máximo 100.000 bytes no total.",
    },
  ])("words $name in English and, with the field's label, in Portuguese", async ({ schema, label, value, english, field, portuguese }) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    if (!issue) throw new Error("expected an issue");
    expect(issue.message).toBe(english);
    expect(englishText(fieldProblem({ issue, field: label }))).toBe(english);
    const message = fieldProblem({ issue, field });
    expect(message).toHaveProperty("key");
    if (portuguese !== undefined) expect(userMessageText({ message, t: await translator({ locale: "pt-BR" }) })).toBe(portuguese);
  });
});
