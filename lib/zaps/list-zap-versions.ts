import { localizedApps } from "@/lib/catalog/localized-apps";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { describeZapFlow, type ZapFlow } from "@/lib/zaps/describe-zap-flow";

export interface ZapVersionSummary {
  id: string;
  number: number;
  publishedAt: string;
  /** The version runs use now. */
  current: boolean;
  flow: ZapFlow;
}

export interface ZapVersionHistory {
  zap: { id: string; name: string; enabled: boolean };
  /** Newest first. */
  versions: ZapVersionSummary[];
}

/** The published versions of one of the user's zaps (names in `locale`), or null when it does not exist, is deleted or is another user's. */
export async function listZapVersions({
  userId,
  zapId,
  locale = DEFAULT_LOCALE,
}: {
  userId: string;
  zapId: string;
  locale?: Locale;
}): Promise<ZapVersionHistory | null> {
  const zap = await db.zap.findFirst({
    where: { id: zapId, userId, deletedAt: null },
    select: {
      id: true,
      name: true,
      enabled: true,
      publishedVersionId: true,
      versions: { orderBy: { number: "desc" }, select: { id: true, number: true, publishedAt: true, definition: true } },
    },
  });
  if (!zap) return null;
  const apps = await localizedApps({ locale });
  return {
    zap: { id: zap.id, name: zap.name, enabled: zap.enabled },
    versions: zap.versions.map((version) => ({
      id: version.id,
      number: version.number,
      publishedAt: version.publishedAt.toISOString(),
      current: version.id === zap.publishedVersionId,
      flow: describeZapFlow({ definition: version.definition, apps }),
    })),
  };
}
