import type { MessageKey } from "@/lib/i18n/message-key";

// Each formatter's name and description in the builder's language (lib/mapping/formatters.ts defines what it does).
export const FORMATTER_TEXT: Partial<Record<string, { label: MessageKey; description: MessageKey }>> = {
  amount: { label: "mapping.formatter.amount.label", description: "mapping.formatter.amount.description" },
  money: { label: "mapping.formatter.money.label", description: "mapping.formatter.money.description" },
  number: { label: "mapping.formatter.number.label", description: "mapping.formatter.number.description" },
  round: { label: "mapping.formatter.round.label", description: "mapping.formatter.round.description" },
  boolean: { label: "mapping.formatter.boolean.label", description: "mapping.formatter.boolean.description" },
  unix: { label: "mapping.formatter.unix.label", description: "mapping.formatter.unix.description" },
  date: { label: "mapping.formatter.date.label", description: "mapping.formatter.date.description" },
  lower: { label: "mapping.formatter.lower.label", description: "mapping.formatter.lower.description" },
  upper: { label: "mapping.formatter.upper.label", description: "mapping.formatter.upper.description" },
  trim: { label: "mapping.formatter.trim.label", description: "mapping.formatter.trim.description" },
  default: { label: "mapping.formatter.default.label", description: "mapping.formatter.default.description" },
};
