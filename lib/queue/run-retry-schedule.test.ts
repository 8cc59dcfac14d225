import { afterEach, expect, test } from "vitest";
import { parseEnv } from "@/lib/env";
import { reloadWithEnv } from "@/test/reload-with-env";

const BASE = {
  DATABASE_URL: "postgresql://conduit@127.0.0.1:5432/conduit",
  AUTH_SECRET: "a".repeat(32),
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
};
const saved = {
  RUN_RETRY_SCHEDULE: process.env.RUN_RETRY_SCHEDULE,
  RUN_RETRY_BASE_MS: process.env.RUN_RETRY_BASE_MS,
  RUN_MAX_ATTEMPTS: process.env.RUN_MAX_ATTEMPTS,
};
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function scheduleWith(variables: Record<string, string | undefined>): Promise<number[]> {
  for (const name of Object.keys(saved)) delete process.env[name];
  reloadWithEnv(Object.fromEntries(Object.entries(variables).filter((entry): entry is [string, string] => entry[1] !== undefined)));
  return (await import("@/lib/queue/run-retry-schedule")).runRetrySchedule();
}

test("by default, runs retry over about a day: 9 attempts", async () => {
  const schedule = await scheduleWith({});
  expect(schedule).toEqual([30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000]);
  expect(schedule.reduce((sum, delay) => sum + delay, 0) / 3_600_000).toBeCloseTo(15.7, 1);
});

test("RUN_RETRY_SCHEDULE sets the delays, and so the number of attempts", async () => {
  expect(await scheduleWith({ RUN_RETRY_SCHEDULE: "100ms, 1s,2m,1h,1d" })).toEqual([100, 1_000, 120_000, 3_600_000, 86_400_000]);
});

test("RUN_RETRY_BASE_MS and RUN_MAX_ATTEMPTS keep meaning a doubling schedule, capped at 10 minutes", async () => {
  expect(await scheduleWith({ RUN_RETRY_BASE_MS: "50", RUN_MAX_ATTEMPTS: "4" })).toEqual([50, 100, 200]);
  expect(await scheduleWith({ RUN_MAX_ATTEMPTS: "3" })).toEqual([2_000, 4_000]);
  expect(await scheduleWith({ RUN_RETRY_BASE_MS: "300000" })).toEqual([300_000, 600_000, 600_000, 600_000, 600_000]);
});

test.each([",", "soon", "30s,,x", "5ms", "8d", Array(50).fill("1s").join(",")])("refuses RUN_RETRY_SCHEDULE=%j with a message that names it", (value) => {
  expect(() => parseEnv({ ...BASE, RUN_RETRY_SCHEDULE: value })).toThrow(/RUN_RETRY_SCHEDULE/);
});
