// What each formatter's argument means in the builder (lib/mapping/formatters.ts defines what it does).
export type FormatterArgSpec =
  | { kind: "currency"; required: boolean }
  | { kind: "choice"; label: string; options: { value: string; label: string }[] }
  | { kind: "text"; label: string; placeholder: string };

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
  default: { kind: "text", label: "Text to use when the field is empty", placeholder: "e.g. there" },
};
