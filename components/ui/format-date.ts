/** A short, unambiguous UTC date-time for tables ("27 Nov 2026, 07:01 UTC"). */
export function formatDateTime(date: Date): string {
  return (
    new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "UTC",
    }).format(date) + " UTC"
  );
}
