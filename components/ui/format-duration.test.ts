import { describe, expect, it } from "vitest";
import { formatDuration } from "@/components/ui/format-duration";
import { translator } from "@/lib/i18n/translator";

describe("formatDuration", () => {
  it.each([
    [840, "840 ms", "840 ms"],
    [2_440, "2.4 s", "2,4 s"],
    [59_000, "59.0 s", "59,0 s"],
    [125_000, "2 min 5 s", "2 min e 5 s"],
    [null, "—", "—"],
  ])("writes %s ms as %s in English and %s in Portuguese", async (ms, english, portuguese) => {
    expect(formatDuration(ms, await translator({ locale: "en" }))).toBe(english);
    expect(formatDuration(ms, await translator({ locale: "pt-BR" }))).toBe(portuguese);
  });
});
