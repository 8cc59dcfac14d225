import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deterministicUlid } from "@/lib/catalog/customerio/deterministic-ulid";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Decodes Crockford base32 digits into a bigint, independently of the encoder under test. */
function decode(digits: string): bigint {
  return [...digits].reduce((value, digit) => {
    const index = CROCKFORD.indexOf(digit);
    if (index < 0) throw new Error(`not Crockford base32: ${digit}`);
    return value * 32n + BigInt(index);
  }, 0n);
}

describe("deterministicUlid", () => {
  it("encodes the time part as the ULID spec does", () => {
    // The example in the ULID spec: 01ARYZ6S41TSV4RRFFQ69G5FAV has time 1469918176385.
    expect(deterministicUlid({ key: "anything", timeMs: 1469918176385 }).slice(0, 10)).toBe("01ARYZ6S41");
  });

  it.each([
    { key: "run_1:step_0", timeMs: 1_700_000_000_000 },
    { key: "run_1:step_1", timeMs: 1_700_000_000_000 },
    { key: "", timeMs: 0 },
    { key: "ünïcødé 🚀", timeMs: 2 ** 48 - 1 },
  ])("is a valid ULID for key $key at $timeMs, with both parts recoverable", ({ key, timeMs }) => {
    const ulid = deterministicUlid({ key, timeMs });
    expect(ulid).toMatch(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
    expect(decode(ulid.slice(0, 10))).toBe(BigInt(timeMs));
    const expectedRandom = BigInt(`0x${createHash("sha256").update(key).digest().subarray(0, 10).toString("hex")}`);
    expect(decode(ulid.slice(10))).toBe(expectedRandom);
  });

  it("is stable for the same key and time, and differs when either changes", () => {
    const ulid = deterministicUlid({ key: "run_1:step_0", timeMs: 1_700_000_000_000 });
    expect(deterministicUlid({ key: "run_1:step_0", timeMs: 1_700_000_000_000 })).toBe(ulid);
    expect(deterministicUlid({ key: "run_1:step_1", timeMs: 1_700_000_000_000 })).not.toBe(ulid);
    expect(deterministicUlid({ key: "run_1:step_0", timeMs: 1_700_000_000_001 })).not.toBe(ulid);
  });

  it.each([-1, 2 ** 48, Number.NaN, Number.POSITIVE_INFINITY])("rejects the time %s", (timeMs) => {
    expect(() => deterministicUlid({ key: "k", timeMs })).toThrow(RangeError);
  });
});
