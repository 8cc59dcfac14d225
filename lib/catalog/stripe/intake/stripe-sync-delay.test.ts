import { describe, expect, it } from "vitest";
import { MAX_FAILURE_DELAY_MS, QUIET_AFTER_MS, stripeSyncDelay } from "@/lib/catalog/stripe/intake/stripe-sync-delay";

describe("stripeSyncDelay", () => {
  it.each([
    ["a poll with recent events", { quietForMs: 0 }, 5_000],
    ["nine quiet minutes", { quietForMs: QUIET_AFTER_MS - 60_000 }, 5_000],
    ["ten quiet minutes", { quietForMs: QUIET_AFTER_MS }, 60_000],
  ])("ok after %s", (_, given, expected) => {
    expect(stripeSyncDelay({ outcome: "ok", intervalMs: 5_000, ...given })).toBe(expected);
  });

  it("keeps an interval longer than 60 s when quiet", () => {
    expect(stripeSyncDelay({ outcome: "ok", intervalMs: 120_000, quietForMs: QUIET_AFTER_MS })).toBe(120_000);
  });

  it.each([
    [1, 0.5, 10_000],
    [2, 0.5, 20_000],
    [3, 0.5, 40_000],
    [30, 0.5, MAX_FAILURE_DELAY_MS],
  ])("doubles per failure (failure %i, no jitter)", (failures, random, expected) => {
    expect(stripeSyncDelay({ outcome: "failed", intervalMs: 5_000, failures, random: () => random })).toBe(expected);
  });

  it("spreads retries by ±50 % and never waits less than Stripe asked", () => {
    expect(stripeSyncDelay({ outcome: "failed", intervalMs: 5_000, failures: 1, random: () => 0 })).toBe(5_000);
    expect(stripeSyncDelay({ outcome: "failed", intervalMs: 5_000, failures: 1, random: () => 0.999 })).toBe(14_990);
    expect(stripeSyncDelay({ outcome: "failed", intervalMs: 5_000, failures: 1, random: () => 0, retryAfterMs: 30_000 })).toBe(30_000);
  });
});
