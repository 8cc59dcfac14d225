// The named formatters a token can apply, in order: {{ trigger.amount_paid | amount:trigger.currency }}.
// Each is a pure function of the value and one optional argument; an empty value stays empty
// (except for `default`), so a missing field never turns into "NaN" or "1970-01-01".
//
// Some give a typed value (`output`): a field that is exactly one such token keeps the number or
// boolean (Customer.io attributes arrive as JSON numbers); with text around it, it becomes text.
// A typed formatter refuses a value it cannot convert (TemplateError), rather than send it as text.
import { toUnixSeconds } from "@/lib/catalog/customerio/to-unix-seconds";
import { said } from "@/lib/i18n/user-message";
import { describeSample } from "@/lib/mapping/describe-sample";
import { FORMATTER_TEXT } from "@/lib/mapping/formatter-text";
import { TemplateError } from "@/lib/mapping/parse-template";

interface FormatOptions {
  /** The token is rendered inside text ("Paid {{…}}"), not as a field's whole value. */
  inText?: boolean;
}

type Formatter = (value: unknown, arg: unknown, options?: FormatOptions) => unknown;

export type FormatterOutput = "text" | "number" | "boolean" | "same";

// Stripe amounts are in the currency's smallest unit; these currencies have none or three decimals.
const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);
const THREE_DECIMAL = new Set(["bhd", "jod", "kwd", "omr", "tnd"]);

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

function decimals(currency: unknown): number {
  const code = typeof currency === "string" ? currency.toLowerCase() : "";
  return ZERO_DECIMAL.has(code) ? 0 : THREE_DECIMAL.has(code) ? 3 : 2;
}

/** A decimal number as people write it: "107", "-25.5", "1e3", "1,234.50" (thousands commas). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const plain = THOUSANDS.test(text) ? text.replaceAll(",", "") : text;
  return DECIMAL.test(plain) ? Number(plain) : undefined;
}

/** The number in a value, or a TemplateError naming the formatter and what it got. */
function requireNumber(value: unknown, formatter: "amount" | "number" | "round"): number {
  const number = toNumber(value);
  if (number !== undefined) return number;
  const label = FORMATTER_TEXT[formatter]?.label;
  throw new TemplateError(said("runErrors.formatter.needsNumber", { formatter: label ? said(label) : formatter, value: describeSample({ value }) }));
}

/** Rounds half away from zero to `places` decimals, without 1.005 → 1.00 binary surprises. */
function roundTo(number: number, places: number): number {
  const text = String(Math.abs(number));
  // Shifting by exponent keeps 1.005 at 100.5 (1.005 * 100 is 100.49999…); "1e-7" has its own exponent.
  const shifted = text.includes("e") ? Math.abs(number) * 10 ** places : Number(`${text}e${places}`);
  return (Math.sign(number) * Math.round(shifted)) / 10 ** places;
}

/** Unix seconds (or milliseconds, or an ISO string) to a Date. */
function toDate(value: unknown): Date | undefined {
  const number = toNumber(value);
  const date = number === undefined ? (typeof value === "string" ? new Date(value) : undefined) : new Date(number < 1e11 ? number * 1000 : number);
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

const TRUE_WORDS = new Set(["true", "yes", "1", "on"]);
const FALSE_WORDS = new Set(["false", "no", "0", "off"]);

export const FORMATTERS: Record<string, { label: string; description: string; output: FormatterOutput; format: Formatter }> = {
  amount: {
    label: "Amount in cents → decimal number",
    description: "2599 becomes the number 25.99 (zero-decimal currencies such as JPY stay whole, KWD has three decimals). Optional argument: the currency.",
    output: "number",
    format: (value, currency, options) => {
      if (isEmpty(value)) return value;
      const places = decimals(currency);
      const number = roundTo(requireNumber(value, "amount") / 10 ** places, places);
      // Inside text, 2000 reads "20.00", as amounts are written.
      return options?.inText ? number.toFixed(places) : number;
    },
  },
  money: {
    label: "Amount in cents → money",
    description: "2599 with currency usd becomes $25.99 (text). Argument: the currency.",
    output: "text",
    format: (value, currency) => {
      const number = toNumber(value);
      if (number === undefined || typeof currency !== "string" || !/^[a-z]{3}$/i.test(currency)) return value;
      const places = decimals(currency);
      return new Intl.NumberFormat("en-US", {
        style: "currency",
        currency: currency.toUpperCase(),
        minimumFractionDigits: places,
        maximumFractionDigits: places,
      }).format(number / 10 ** places);
    },
  },
  number: {
    label: "Text → number",
    description: 'Sends "107" as the number 107, so Customer.io can compare it (total_spent > 100).',
    output: "number",
    format: (value) => (isEmpty(value) ? value : requireNumber(value, "number")),
  },
  round: {
    label: "Round a number",
    description: "Rounds to whole numbers, or to the number of decimals in the argument: 25.987 with 2 becomes 25.99.",
    output: "number",
    format: (value, places) => {
      if (isEmpty(value)) return value;
      const digits = isEmpty(places) ? 0 : Number(places);
      if (!Number.isInteger(digits) || digits < 0 || digits > 10) {
        throw new TemplateError(said("runErrors.formatter.roundPlaces", { value: describeSample({ value: places }) }));
      }
      return roundTo(requireNumber(value, "round"), digits);
    },
  },
  boolean: {
    label: "Text → true/false",
    description: "Sends true for true, yes, 1 or on and false for false, no, 0 or off, as a JSON boolean.",
    output: "boolean",
    format: (value) => {
      if (isEmpty(value) || typeof value === "boolean") return value;
      const word = typeof value === "string" || typeof value === "number" ? String(value).trim().toLowerCase() : "";
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      throw new TemplateError(said("runErrors.formatter.needsBoolean", { value: describeSample({ value }) }));
    },
  },
  unix: {
    label: "Date → Unix time",
    description:
      "A date such as 2026-11-27T07:01:20Z (or Unix milliseconds) becomes whole seconds since 1970, as a number: the form Customer.io uses for dates.",
    output: "number",
    format: (value) => {
      if (isEmpty(value)) return value;
      const seconds = typeof value === "string" || typeof value === "number" ? toUnixSeconds(value) : undefined;
      if (seconds !== undefined) return seconds;
      throw new TemplateError(said("runErrors.formatter.needsDate", { value: describeSample({ value }) }));
    },
  },
  date: {
    label: "Unix time → ISO date",
    description: 'Seconds since 1970 to 2026-11-27T07:01:20Z; with the argument "day", to 2026-11-27.',
    output: "text",
    format: (value, style) => {
      if (isEmpty(value)) return value;
      const date = toDate(value);
      if (!date) return value;
      const iso = date.toISOString().replace(".000Z", "Z");
      return style === "day" ? iso.slice(0, 10) : iso;
    },
  },
  lower: {
    label: "lower case",
    description: "Ada@Example.com becomes ada@example.com.",
    output: "same",
    format: (value) => (typeof value === "string" ? value.toLowerCase() : value),
  },
  upper: { label: "UPPER CASE", description: "usd becomes USD.", output: "same", format: (value) => (typeof value === "string" ? value.toUpperCase() : value) },
  trim: {
    label: "Trim spaces",
    description: "Removes spaces at both ends.",
    output: "same",
    format: (value) => (typeof value === "string" ? value.trim() : value),
  },
  default: {
    label: "Default when empty",
    description:
      "Uses the argument when the field is missing or empty: a fixed text, or another field (for example the billing email when there is no customer).",
    output: "same",
    format: (value, fallback) => (isEmpty(value) ? fallback : value),
  },
};
