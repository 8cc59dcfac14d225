// The named formatters a token can apply, in order: {{ trigger.amount_paid | amount:trigger.currency }}.
// Each is a pure function of the value and one optional argument; an empty value stays empty
// (except for `default`), so a missing field never turns into "NaN" or "1970-01-01".

type Formatter = (value: unknown, arg: unknown) => unknown;

// Stripe amounts are in the currency's smallest unit; these currencies have none or three decimals.
const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);
const THREE_DECIMAL = new Set(["bhd", "jod", "kwd", "omr", "tnd"]);

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

function decimals(currency: unknown): number {
  const code = typeof currency === "string" ? currency.toLowerCase() : "";
  return ZERO_DECIMAL.has(code) ? 0 : THREE_DECIMAL.has(code) ? 3 : 2;
}

function toNumber(value: unknown): number | undefined {
  const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

/** Unix seconds (or milliseconds, or an ISO string) to a Date. */
function toDate(value: unknown): Date | undefined {
  const number = toNumber(value);
  const date = number === undefined ? (typeof value === "string" ? new Date(value) : undefined) : new Date(number < 1e11 ? number * 1000 : number);
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

export const FORMATTERS: Record<string, { label: string; description: string; format: Formatter }> = {
  amount: {
    label: "Amount in cents → decimal",
    description: "2599 becomes 25.99 (zero-decimal currencies such as JPY stay whole). Optional argument: the currency.",
    format: (value, currency) => {
      const number = toNumber(value);
      // An object or list stays as it is: String() of a deeply nested list recurses until the stack overflows.
      if (number === undefined) return isEmpty(value) || typeof value === "object" ? value : String(value);
      const places = decimals(currency);
      return (number / 10 ** places).toFixed(places);
    },
  },
  money: {
    label: "Amount in cents → money",
    description: "2599 with currency usd becomes $25.99. Argument: the currency.",
    format: (value, currency) => {
      const number = toNumber(value);
      if (number === undefined || typeof currency !== "string" || !/^[a-z]{3}$/i.test(currency)) return value;
      const places = decimals(currency);
      return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase(), minimumFractionDigits: places, maximumFractionDigits: places }).format(number / 10 ** places);
    },
  },
  date: {
    label: "Unix time → ISO date",
    description: 'Seconds since 1970 to 2026-11-27T07:01:20Z; with the argument "day", to 2026-11-27.',
    format: (value, style) => {
      if (isEmpty(value)) return value;
      const date = toDate(value);
      if (!date) return value;
      const iso = date.toISOString().replace(".000Z", "Z");
      return style === "day" ? iso.slice(0, 10) : iso;
    },
  },
  lower: { label: "lower case", description: "Ada@Example.com becomes ada@example.com.", format: (value) => (typeof value === "string" ? value.toLowerCase() : value) },
  upper: { label: "UPPER CASE", description: "usd becomes USD.", format: (value) => (typeof value === "string" ? value.toUpperCase() : value) },
  trim: { label: "Trim spaces", description: "Removes spaces at both ends.", format: (value) => (typeof value === "string" ? value.trim() : value) },
  default: {
    label: "Default when empty",
    description: "Uses the argument when the field is missing or empty.",
    format: (value, fallback) => (isEmpty(value) ? fallback : value),
  },
};
