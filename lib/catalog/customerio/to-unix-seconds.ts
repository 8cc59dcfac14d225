// Customer.io reads every timestamp as Unix seconds and silently misreads milliseconds or ISO
// strings, so values from Stripe (seconds), JavaScript (milliseconds) and templates (ISO dates) are
// normalised here first.

// Below 1e11, a number is seconds (up to the year 5138); from there to 1e14 it is milliseconds.
const MAX_SECONDS = 1e11;
const MAX_MILLISECONDS = 1e14;
const NUMERIC = /^\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Whole Unix seconds for Unix seconds, Unix milliseconds or an ISO 8601 date; undefined for anything else. */
export function toUnixSeconds(value: string | number | Date): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : Math.floor(value.getTime() / 1000);
  if (typeof value === "number") return fromNumber(value);
  const text = value.trim();
  if (NUMERIC.test(text)) return fromNumber(Number(text));
  return fromIsoDate(text);
}

function fromNumber(value: number): number | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  if (value < MAX_SECONDS) return Math.floor(value);
  if (value < MAX_MILLISECONDS) return Math.floor(value / 1000);
  return undefined;
}

function fromIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = "00", minute = "00", second = "00", fraction = "", zone = "Z"] = match;
  // A date without a zone means UTC here: the server's own zone must not change the result.
  const offset = zone.toUpperCase() === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const ms = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${offset}`);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse rolls 2024-02-31 over into March; a date that does not exist is an error instead.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return undefined;
  return Math.floor(ms / 1000);
}
