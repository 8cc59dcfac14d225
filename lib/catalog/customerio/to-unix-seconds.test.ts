import { describe, expect, it } from "vitest";
import { toUnixSeconds } from "@/lib/catalog/customerio/to-unix-seconds";

describe("toUnixSeconds", () => {
  it.each<[string | number | Date, number | undefined]>([
    // Unix seconds, as Stripe sends them
    [1_700_000_000, 1_700_000_000],
    ["1700000000", 1_700_000_000],
    [" 1700000000 ", 1_700_000_000],
    [1_700_000_000.9, 1_700_000_000],
    [0, 0],
    [99_999_999_999, 99_999_999_999],
    // Unix milliseconds, as Date.now() gives them
    [1_700_000_000_123, 1_700_000_000],
    ["1700000000123", 1_700_000_000],
    [100_000_000_000, 100_000_000],
    // ISO 8601
    ["2023-11-14T22:13:20Z", 1_700_000_000],
    ["2023-11-14T22:13:20.999Z", 1_700_000_000],
    ["2023-11-14T23:13:20+01:00", 1_700_000_000],
    ["2023-11-14T23:13:20+0100", 1_700_000_000],
    ["2023-11-14 22:13:20", 1_700_000_000],
    ["2023-11-14T22:13:20", 1_700_000_000],
    ["2023-11-14T22:13", 1_699_999_980],
    ["2023-11-14", 1_699_920_000],
    [new Date("2023-11-14T22:13:20.500Z"), 1_700_000_000],
    // Not timestamps
    [-1, undefined],
    ["-1", undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [1e14, undefined],
    ["", undefined],
    ["yesterday", undefined],
    ["14/11/2023", undefined],
    ["2023-02-30", undefined],
    ["2023-13-01", undefined],
    ["2023-11-14T25:00:00Z", undefined],
    [new Date(Number.NaN), undefined],
  ])("%s → %s", (value, expected) => {
    expect(toUnixSeconds(value)).toBe(expected);
  });
});
