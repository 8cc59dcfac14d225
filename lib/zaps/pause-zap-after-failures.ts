import { englishText, plainText, readUserMessage, said } from "@/lib/i18n/user-message";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

/**
 * Turns a zap off when its last `threshold` runs (test runs aside) all failed for a reason of the
 * zap's own (a permanent error: a broken mapping, a revoked key), so it does not fail every event
 * until someone notices. Runs that gave up after transient failures (a vendor outage) or whose outcome
 * is unknown never pause a zap, and break the streak like a success. The reason is shown on the
 * Zaps page; turning the zap back on clears it. Returns whether it paused the zap.
 */
export async function pauseZapAfterFailures({ runId, threshold }: { runId: string; threshold: number }): Promise<boolean> {
  if (threshold <= 0) return false;
  const run = await db.run.findUnique({
    where: { id: runId },
    select: { zapId: true, status: true, failedPermanently: true, isTest: true, zap: { select: { publishedVersionId: true } } },
  });
  // A failed test run says nothing about live traffic (and must not pause a zap just turned back on).
  if (!run || run.isTest || run.status !== "FAILED" || !run.failedPermanently || !run.zap.publishedVersionId) return false;
  // Only the current version's runs: publishing a fix starts the count again.
  const recent = await db.run.findMany({
    where: {
      zapId: run.zapId,
      zapVersionId: run.zap.publishedVersionId,
      isTest: false,
      status: { in: ["SUCCEEDED", "FAILED", "FILTERED", "NEEDS_ATTENTION"] },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: threshold,
    select: { status: true, failedPermanently: true, error: true, errorMessage: true },
  });
  if (recent.length < threshold || recent.some((candidate) => candidate.status !== "FAILED" || !candidate.failedPermanently)) return false;
  const last = recent[0];
  const lastError = readUserMessage(last?.errorMessage) ?? (last?.error ? plainText(last.error.slice(0, 300)) : said("zaps.paused.unknownError"));
  const reason = said("zaps.paused.afterFailures", { count: threshold, error: lastError });
  const { count } = await db.zap.updateMany({
    where: { id: run.zapId, enabled: true },
    data: { enabled: false, pausedReason: englishText(reason), pausedReasonMessage: reason },
  });
  if (count > 0) logger.warn("zap paused after repeated failures", { zapId: run.zapId, threshold });
  return count > 0;
}
