"use client";

import { useLocale } from "next-intl";
import { formatDateTime } from "@/components/ui/format-date";
import { formatZonedTime } from "@/components/ui/format-zoned-time";
import { useAccountTimeZone } from "@/components/ui/time-zone-context";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * A time in the account's time zone (Account page), else the browser's, with the zone shown
 * ("14:05 GMT-3", or with the date when not today). The server does not know the browser's zone:
 * it renders UTC (format-date.ts) until the browser takes over.
 */
export function LocalTime({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  const locale = useLocale();
  const accountZone = useAccountTimeZone();
  const date = new Date(iso);
  const known = accountZone !== null || hydrated;
  return (
    <time dateTime={iso} title={formatDateTime(date)}>
      {known ? formatZonedTime({ date, locale, timeZone: accountZone ?? undefined }) : formatDateTime(date)}
    </time>
  );
}
