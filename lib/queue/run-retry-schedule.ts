import { env } from "@/lib/env";

/** About a day in all: a vendor outage of minutes or hours loses no run. */
export const DEFAULT_RETRY_SCHEDULE_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000];

const DOUBLING_CAP_MS = 10 * 60_000;

/**
 * The delays before each retry of a run that failed transiently (attempts = delays + 1):
 * RUN_RETRY_SCHEDULE when set; else, when RUN_RETRY_BASE_MS or RUN_MAX_ATTEMPTS is set (older
 * installs), the doubling schedule they meant (from 2 s, 6 attempts, up to 10 minutes apart);
 * else the default, spread over about a day.
 */
export function runRetrySchedule(): number[] {
  const { RUN_RETRY_SCHEDULE, RUN_RETRY_BASE_MS, RUN_MAX_ATTEMPTS } = env();
  if (RUN_RETRY_SCHEDULE) return RUN_RETRY_SCHEDULE;
  if (RUN_RETRY_BASE_MS === undefined && RUN_MAX_ATTEMPTS === undefined) return DEFAULT_RETRY_SCHEDULE_MS;
  const base = RUN_RETRY_BASE_MS ?? 2_000;
  return Array.from({ length: (RUN_MAX_ATTEMPTS ?? 6) - 1 }, (_, index) => Math.min(base * 2 ** index, DOUBLING_CAP_MS));
}
