"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatZonedTime } from "@/components/ui/format-zoned-time";
import { useAccountTimeZone } from "@/components/ui/time-zone-context";
import { useHydrated } from "@/components/ui/use-hydrated";
import { formatDateTime } from "@/lib/i18n/format-date-time";

/**
 * A time in the account's time zone (Account page), else the browser's, with the zone shown
 * ("14:05 GMT-3", or with the date when not today). The server does not know the browser's zone:
 * it renders the date and time in UTC, as the viewer's language writes them, until the browser takes over.
 */
export function LocalTime({ iso }: { iso: string }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const locale = useLocale();
  const accountZone = useAccountTimeZone();
  const date = new Date(iso);
  const inUtc = t("time.utc", { dateTime: formatDateTime({ date, locale }) });
  const known = accountZone !== null || hydrated;
  return (
    <time dateTime={iso} title={inUtc}>
      {known ? formatZonedTime({ date, locale, timeZone: accountZone ?? undefined }) : inUtc}
    </time>
  );
}
