import type Stripe from "stripe";
import { formatMoney } from "@/lib/i18n/format-money";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { FORMATTERS } from "@/lib/mapping/formatters";

const AMOUNT_FIELDS = ["amount_paid", "amount_due", "amount_total", "amount"] as const;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];

const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" ? (value as Record<string, unknown>) : {});
const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);

/** Who an event is about: the customer's email where the object carries one, else the customer's id. */
function whoOf(object: Record<string, unknown>): string | undefined {
  return (
    text(object.customer_email) ??
    text(record(object.customer_details).email) ??
    text(record(object.billing_details).email) ??
    text(object.receipt_email) ??
    (object.object === "customer" ? text(object.email) : undefined) ??
    text(object.customer) ??
    text(record(object.customer).id)
  );
}

function amountOf(object: Record<string, unknown>, locale: Locale): string | undefined {
  const field = AMOUNT_FIELDS.find((name) => typeof object[name] === "number");
  if (!field || typeof object.currency !== "string" || !/^[a-z]{3}$/i.test(object.currency)) return undefined;
  // Stripe's minor units (cents) to the currency's main unit, then written as the viewer reads money.
  const amount = FORMATTERS.amount!.format(object[field], object.currency);
  return typeof amount === "number" ? formatMoney({ amount, currency: object.currency, locale }) : undefined;
}

function ago(createdSeconds: number, now: number, locale: Locale, t: Translate): string {
  const seconds = Math.round(now / 1000 - createdSeconds);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const unit = UNITS.find(([, size]) => Math.abs(seconds) >= size);
  return unit ? format.format(-Math.floor(seconds / unit[1]), unit[0]) : t("builder.samples.justNow");
}

/** "invoice.paid · ada@example.com · $25.99 · 3 days ago": enough to tell recent events apart, in the viewer's language. */
export function triggerSampleLabel({
  event,
  now = Date.now(),
  locale = DEFAULT_LOCALE,
  t,
}: {
  event: Stripe.Event;
  now?: number;
  locale?: Locale;
  t: Translate;
}): string {
  const object = record(event.data.object);
  return [event.type, whoOf(object), amountOf(object, locale), ago(event.created, now, locale, t)].filter(Boolean).join(" · ");
}
