/**
 * A time with its zone shown ("2 Dec 2026, 14:05 GMT-3"): the day is left out when it is `now`'s day
 * in that zone. `timeZone` undefined: the runtime's own (the browser's).
 */
export function formatZonedTime({ date, locale, timeZone, now = new Date() }: { date: Date; locale: string; timeZone?: string; now?: Date }): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const sameDay = day.format(date) === day.format(now);
  return new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { day: "numeric", month: "short", year: "numeric" }),
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}
