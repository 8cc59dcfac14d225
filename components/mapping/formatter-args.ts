// What each formatter's argument means in the builder (lib/mapping/formatters.ts defines what it does).
export type FormatterArgSpec =
  | { kind: "currency"; required: boolean }
  | { kind: "choice"; label: string; options: { value: string; label: string }[] }
  | { kind: "text"; label: string; placeholder: string }
  /** A fixed text, or another field to use instead (the catalog's labelled fields). */
  | { kind: "textOrField"; label: string; placeholder: string };

export const FORMATTER_ARGS: Partial<Record<string, FormatterArgSpec>> = {
  amount: { kind: "currency", required: false },
  money: { kind: "currency", required: true },
  date: {
    kind: "choice",
    label: "Show",
    options: [
      { value: "", label: "Date and time (2026-11-27T07:01:20Z)" },
      { value: "day", label: "The day only (2026-11-27)" },
    ],
  },
  round: {
    kind: "choice",
    label: "Decimals",
    options: [
      { value: "", label: "None: a whole number (26)" },
      { value: "1", label: "1 (25.9)" },
      { value: "2", label: "2 (25.99)" },
      { value: "3", label: "3 (25.987)" },
    ],
  },
  default: { kind: "textOrField", label: "When the field is empty, use", placeholder: "e.g. there" },
};
