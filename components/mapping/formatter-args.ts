import type { MessageKey } from "@/lib/catalog/define";

// What each formatter's argument means in the builder (lib/mapping/formatters.ts defines what it does).
export type FormatterArgSpec =
  | { kind: "currency"; required: boolean }
  | { kind: "choice"; label: MessageKey; options: { value: string; label: MessageKey }[] }
  | { kind: "text"; label: MessageKey; placeholder: MessageKey }
  /** A fixed text, or another field to use instead (the catalog's labelled fields). */
  | { kind: "textOrField"; label: MessageKey; placeholder: MessageKey };

export const FORMATTER_ARGS: Partial<Record<string, FormatterArgSpec>> = {
  amount: { kind: "currency", required: false },
  money: { kind: "currency", required: true },
  date: {
    kind: "choice",
    label: "mapping.format.dateShow",
    options: [
      { value: "", label: "mapping.format.dateTime" },
      { value: "day", label: "mapping.format.dayOnly" },
    ],
  },
  round: {
    kind: "choice",
    label: "mapping.format.decimals",
    options: [
      { value: "", label: "mapping.format.roundNone" },
      { value: "1", label: "mapping.format.round1" },
      { value: "2", label: "mapping.format.round2" },
      { value: "3", label: "mapping.format.round3" },
    ],
  },
  default: { kind: "textOrField", label: "mapping.format.defaultLabel", placeholder: "mapping.format.defaultPlaceholder" },
};
