import { z } from "zod";

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const DURATION = /^(\d+)(ms|s|m|h|d)$/;

/** "30s,2m,10m,1h": the delays before each retry, in order; the number of attempts follows from it. */
export const retryScheduleSchema = z.string().transform((value, ctx) => {
  const delays = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = DURATION.exec(entry);
      const ms = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : Number.NaN;
      if (!(ms >= 10 && ms <= 7 * UNIT_MS.d)) ctx.addIssue({ code: "custom", message: `"${entry}" is not a delay between 10ms and 7d (like 30s, 2m, 1h)` });
      return ms;
    });
  if (delays.length === 0 || delays.length > 49) ctx.addIssue({ code: "custom", message: "list 1 to 49 delays, comma-separated (like 30s,2m,10m)" });
  return delays;
});
