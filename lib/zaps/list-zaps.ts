import { localizedApps } from "@/lib/catalog/localized-apps";
import { db } from "@/lib/db";
import { catalogText } from "@/lib/catalog/catalog-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { storedErrorText } from "@/lib/i18n/user-message";
import { canonicalDefinition } from "@/lib/zaps/canonical-definition";
import type { RunStatus } from "@/lib/generated/prisma/enums";
import { describeZapFlow, type ZapFlow } from "@/lib/zaps/describe-zap-flow";
import { isUntouchedDraft } from "@/lib/zaps/is-untouched-draft";

export interface ZapSummary {
  id: string;
  name: string;
  enabled: boolean;
  pausedReason: string | null;
  /** ISO times: the list travels as JSON to the browser. */
  createdAt: string;
  updatedAt: string;
  /** The draft's trigger and steps, as the builder shows them. */
  flow: ZapFlow;
  publishedVersionNumber: number | null;
  /** The draft differs from the published version (always true before the first publish). */
  hasUnpublishedChanges: boolean;
  lastRun: { id: string; status: RunStatus; createdAt: string } | null;
  runsLast24h: number;
}

interface RunFacts {
  zapId: string;
  lastRunId: string | null;
  lastRunStatus: RunStatus | null;
  lastRunAt: Date | null;
  runsLast24h: number;
}

/**
 * The user's zaps (deleted ones and untouched drafts aside: see isUntouchedDraft), newest first, each
 * with its last run and its runs of the last 24 hours; trigger and step names in `locale`.
 */
export async function listZaps({ userId, locale = DEFAULT_LOCALE, now = new Date() }: { userId: string; locale?: Locale; now?: Date }): Promise<ZapSummary[]> {
  const stored = await db.zap.findMany({
    where: { userId, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      enabled: true,
      pausedReason: true,
      pausedReasonMessage: true,
      createdAt: true,
      updatedAt: true,
      draft: true,
      publishedVersion: { select: { number: true, definition: true } },
    },
  });
  const zaps = stored.filter((zap) => !isUntouchedDraft({ name: zap.name, draft: zap.draft, published: zap.publishedVersion !== null }));
  if (zaps.length === 0) return [];
  const since = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  // One query for every zap: each zap's newest run (through the zapId + createdAt index) and its count since `since`.
  const facts = await db.$queryRaw<RunFacts[]>`
    SELECT z.id AS "zapId",
           last.id AS "lastRunId",
           last.status AS "lastRunStatus",
           last."createdAt" AS "lastRunAt",
           (SELECT count(*)::int FROM "Run" r WHERE r."zapId" = z.id AND r."createdAt" >= ${since}) AS "runsLast24h"
    FROM "Zap" z
    LEFT JOIN LATERAL (
      SELECT r.id, r.status, r."createdAt" FROM "Run" r WHERE r."zapId" = z.id ORDER BY r."createdAt" DESC, r.id DESC LIMIT 1
    ) last ON true
    WHERE z."userId" = ${userId}::uuid AND z."deletedAt" IS NULL`;
  const factsByZap = new Map(facts.map((row) => [row.zapId, row]));
  const [apps, t, catalog] = await Promise.all([localizedApps({ locale }), translator({ locale }), catalogText({ locale })]);

  return zaps.map((zap) => {
    const runs = factsByZap.get(zap.id);
    return {
      id: zap.id,
      name: zap.name,
      enabled: zap.enabled,
      pausedReason: storedErrorText({ error: zap.pausedReason, errorMessage: zap.pausedReasonMessage, t, catalog }),
      createdAt: zap.createdAt.toISOString(),
      updatedAt: zap.updatedAt.toISOString(),
      flow: describeZapFlow({ definition: zap.draft, apps }),
      publishedVersionNumber: zap.publishedVersion?.number ?? null,
      hasUnpublishedChanges: !zap.publishedVersion || canonicalDefinition(zap.publishedVersion.definition) !== canonicalDefinition(zap.draft),
      lastRun:
        runs?.lastRunId && runs.lastRunStatus && runs.lastRunAt
          ? { id: runs.lastRunId, status: runs.lastRunStatus, createdAt: runs.lastRunAt.toISOString() }
          : null,
      runsLast24h: runs?.runsLast24h ?? 0,
    };
  });
}
