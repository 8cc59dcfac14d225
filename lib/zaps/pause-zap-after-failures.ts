import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

/**
 * Turns a zap off when its last `threshold` runs (test runs aside) all failed, so a broken mapping
 * or a revoked key does not fail every event until someone notices. The reason is shown on the
 * Zaps page; turning the zap back on clears it. Returns whether it paused the zap.
 */
export async function pauseZapAfterFailures({ runId, threshold }: { runId: string; threshold: number }): Promise<boolean> {
  if (threshold <= 0) return false;
  const run = await db.run.findUnique({ where: { id: runId }, select: { zapId: true, status: true, isTest: true, zap: { select: { publishedVersionId: true } } } });
  // A failed test run says nothing about live traffic (and must not pause a zap just turned back on).
  if (!run || run.isTest || run.status !== "FAILED" || !run.zap.publishedVersionId) return false;
  // Only the current version's runs: publishing a fix starts the count again.
  const recent = await db.run.findMany({
    where: { zapId: run.zapId, zapVersionId: run.zap.publishedVersionId, isTest: false, status: { in: ["SUCCEEDED", "FAILED", "FILTERED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: threshold,
    select: { status: true, error: true },
  });
  if (recent.length < threshold || recent.some((candidate) => candidate.status !== "FAILED")) return false;
  const lastError = recent[0]?.error ?? "unknown error";
  const { count } = await db.zap.updateMany({
    where: { id: run.zapId, enabled: true },
    data: { enabled: false, pausedReason: `Paused after ${threshold} failed runs in a row. Last error: ${lastError.slice(0, 300)}` },
  });
  if (count > 0) logger.warn("zap paused after repeated failures", { zapId: run.zapId, threshold });
  return count > 0;
}
