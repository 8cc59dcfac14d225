"use client";

import { formatDateTime } from "@/components/ui/format-date";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * A time in the browser's locale and time zone ("14:05", or with the date when not today). The
 * server, which knows neither, renders UTC (format-date.ts) until the browser takes over.
 */
export function LocalTime({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={formatDateTime(date)}>
      {hydrated ? formatLocalTime({ date }) : formatDateTime(date)}
    </time>
  );
}

function formatLocalTime({ date, now = new Date() }: { date: Date; now?: Date }): string {
  const sameDay = date.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(undefined, sameDay ? { hour: "2-digit", minute: "2-digit" } : { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(date);
}
