import { describe, expect, it } from "vitest";
import { formatZonedTime } from "@/components/ui/format-zoned-time";

// Intl puts narrow no-break spaces in some outputs: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatZonedTime", () => {
  const date = new Date("2026-12-02T14:05:00Z");

  it("shows the time in the given zone, with the zone", () => {
    expect(plain(formatZonedTime({ date, locale: "en-GB", timeZone: "America/Sao_Paulo", now: new Date("2026-12-02T20:00:00Z") }))).toBe("11:05 GMT-3");
    expect(plain(formatZonedTime({ date, locale: "en-GB", timeZone: "UTC", now: new Date("2026-12-02T20:00:00Z") }))).toBe("14:05 UTC");
  });

  it("writes the time as the language does", () => {
    const now = new Date("2026-12-02T20:00:00Z");
    expect(plain(formatZonedTime({ date, locale: "en", timeZone: "America/New_York", now }))).toBe("9:05 AM EST");
    expect(plain(formatZonedTime({ date, locale: "pt-BR", timeZone: "UTC", now }))).toBe("14:05 UTC");
  });

  it("adds the date when it is not today in that zone", () => {
    // 02:00 UTC on the 3rd is still the 2nd in São Paulo, but not in Tokyo.
    const now = new Date("2026-12-03T02:00:00Z");
    expect(plain(formatZonedTime({ date, locale: "en-GB", timeZone: "America/Sao_Paulo", now }))).toBe("11:05 GMT-3");
    expect(plain(formatZonedTime({ date, locale: "en-GB", timeZone: "Asia/Tokyo", now: new Date("2026-12-03T16:00:00Z") }))).toBe("2 Dec 2026, 23:05 GMT+9");
    expect(plain(formatZonedTime({ date, locale: "pt-BR", timeZone: "America/Sao_Paulo", now: new Date("2027-01-10T12:00:00Z") }))).toBe(
      "2 de dez. de 2026, 11:05 BRT",
    );
  });
});
