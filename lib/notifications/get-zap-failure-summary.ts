import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ZapFailureSummary } from "@/lib/notifications/schema";

/**
 * The zap's failure banner: live runs that failed for good since the banner was last dismissed, and
 * the latest one's error. Null when there are none, or when the zap is not the user's.
 */
export async function getZapFailureSummary({ userId, zapId }: { userId: string; zapId: string }): Promise<ZapFailureSummary | null> {
  const zap = await db.zap.findFirst({ where: { id: zapId, userId }, select: { failuresSeenAt: true } });
  if (!zap) return null;
  const where: Prisma.RunWhereInput = {
    zapId,
    status: "FAILED",
    isTest: false,
    finishedAt: zap.failuresSeenAt ? { gt: zap.failuresSeenAt } : { not: null },
  };
  const [totals, latest] = await Promise.all([
    db.run.aggregate({ where, _count: { _all: true }, _min: { finishedAt: true } }),
    db.run.findFirst({ where, orderBy: [{ finishedAt: "desc" }, { id: "desc" }], select: { id: true, error: true, finishedAt: true } }),
  ]);
  if (!latest?.finishedAt || totals._count._all === 0) return null;
  const since = zap.failuresSeenAt ?? totals._min.finishedAt ?? latest.finishedAt;
  return {
    count: totals._count._all,
    since: since.toISOString(),
    latest: { runId: latest.id, error: latest.error, finishedAt: latest.finishedAt.toISOString() },
  };
}
