import { describe, expect, it } from "vitest";
import { MAX_RETRY_DELAY_MS, retryDelay } from "@/lib/queue/retry-delay";

describe("retryDelay", () => {
  it.each([
    [1, 0, 1_000],
    [1, 1, 2_000],
    [2, 1, 4_000],
    [3, 0.5, 6_000],
    [20, 1, MAX_RETRY_DELAY_MS],
  ])("retry %i with jitter %s waits %i ms", (attempt, jitter, expected) => {
    expect(retryDelay({ attempt, baseMs: 2_000, random: () => jitter })).toBe(expected);
  });

  it("waits at least as long as the vendor's Retry-After, but never more than the cap", () => {
    expect(retryDelay({ attempt: 1, baseMs: 2_000, retryAfterMs: 30_000, random: () => 1 })).toBe(30_000);
    expect(retryDelay({ attempt: 1, baseMs: 2_000, retryAfterMs: 3_600_000, random: () => 1 })).toBe(MAX_RETRY_DELAY_MS);
  });
});
