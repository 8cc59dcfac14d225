import { catalogText } from "@/lib/catalog/catalog-text";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { storedErrorText } from "@/lib/i18n/user-message";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ZapFailureSummary } from "@/lib/notifications/schema";

/**
 * The zap's failure banner: live runs that failed for good or wait for their owner (a step's outcome
 * is unknown) since the banner was last dismissed, and the latest one's error in `locale` (failures: null when there are none). Null when the zap is not the user's,
 * so the route can answer 404 as it does for every other id that is not the caller's.
 */
export async function getZapFailureSummary({
  userId,
  zapId,
  locale = DEFAULT_LOCALE,
}: {
  userId: string;
  zapId: string;
  locale?: Locale;
}): Promise<{ failures: ZapFailureSummary | null } | null> {
  const zap = await db.zap.findFirst({ where: { id: zapId, userId }, select: { failuresSeenAt: true } });
  if (!zap) return null;
  return { failures: await summarise({ zapId, failuresSeenAt: zap.failuresSeenAt, locale }) };
}

async function summarise({ zapId, failuresSeenAt, locale }: { zapId: string; failuresSeenAt: Date | null; locale: Locale }): Promise<ZapFailureSummary | null> {
  const where: Prisma.RunWhereInput = {
    zapId,
    status: { in: ["FAILED", "NEEDS_ATTENTION"] },
    isTest: false,
    finishedAt: failuresSeenAt ? { gt: failuresSeenAt } : { not: null },
  };
  const [totals, needsAttention, latest] = await Promise.all([
    db.run.aggregate({ where, _count: { _all: true }, _min: { finishedAt: true } }),
    db.run.count({ where: { ...where, status: "NEEDS_ATTENTION" } }),
    db.run.findFirst({ where, orderBy: [{ finishedAt: "desc" }, { id: "desc" }], select: { id: true, error: true, errorMessage: true, finishedAt: true } }),
  ]);
  if (!latest?.finishedAt || totals._count._all === 0) return null;
  const since = failuresSeenAt ?? totals._min.finishedAt ?? latest.finishedAt;
  return {
    count: totals._count._all,
    needsAttention,
    since: since.toISOString(),
    latest: {
      runId: latest.id,
      error: storedErrorText({
        error: latest.error,
        errorMessage: latest.errorMessage,
        t: await translator({ locale }),
        catalog: await catalogText({ locale }),
      }),
      finishedAt: latest.finishedAt.toISOString(),
    },
  };
}
