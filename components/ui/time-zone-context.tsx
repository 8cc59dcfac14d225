"use client";

import { createContext, useContext, type ReactNode } from "react";

const TimeZoneContext = createContext<string | null>(null);

/** The account's chosen time zone for the times below it; null (the default) shows the browser's. */
export function TimeZoneProvider({ timeZone, children }: { timeZone: string | null; children: ReactNode }) {
  return <TimeZoneContext value={timeZone}>{children}</TimeZoneContext>;
}

export function useAccountTimeZone(): string | null {
  return useContext(TimeZoneContext);
}
