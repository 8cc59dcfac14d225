import { describe, expect, it } from "vitest";
import { isTimeZone } from "@/lib/i18n/is-time-zone";

describe("isTimeZone", () => {
  it.each(["UTC", "America/Sao_Paulo", "Europe/Lisbon", "Asia/Kolkata"])("accepts %s", (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each(["", "Mars/Olympus_Mons", "GMT+25", "x".repeat(65)])("refuses %j", (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});
