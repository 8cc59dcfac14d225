import { describe, expect, it } from "vitest";
import { MAX_RETRY_DELAY_MS, retryDelay } from "@/lib/queue/retry-delay";

const SCHEDULE = [30_000, 120_000, 600_000];

describe("retryDelay", () => {
  it.each([
    [1, 0.5, 30_000],
    [1, 0, 24_000],
    [1, 1, 36_000],
    [2, 0.5, 120_000],
    [3, 0.5, 600_000],
    [9, 0.5, 600_000],
  ])("retry %i with jitter %s waits %i ms", (attempt, jitter, expected) => {
    expect(retryDelay({ attempt, schedule: SCHEDULE, random: () => jitter })).toBe(expected);
  });

  it("waits at least as long as the vendor's Retry-After, but never more than the cap", () => {
    expect(retryDelay({ attempt: 1, schedule: SCHEDULE, retryAfterMs: 90_000, random: () => 0.5 })).toBe(90_000);
    expect(retryDelay({ attempt: 1, schedule: SCHEDULE, retryAfterMs: 10 * 86_400_000, random: () => 0.5 })).toBe(MAX_RETRY_DELAY_MS);
  });
});
