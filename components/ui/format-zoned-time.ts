/**
 * A time with its zone shown, as `locale` writes it ("2 de dez. de 2026, 14:05 BRT", "2:05 PM UTC"):
 * the day is left out when it is `now`'s day in that zone. `timeZone` undefined: the runtime's own (the browser's).
 */
export function formatZonedTime({ date, locale, timeZone, now = new Date() }: { date: Date; locale: string; timeZone?: string; now?: Date }): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const sameDay = day.format(date) === day.format(now);
  return new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { day: "numeric", month: "short", year: "numeric" }),
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}
