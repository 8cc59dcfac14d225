import { Prisma } from "@/lib/generated/prisma/client";
import { findApp } from "@/lib/catalog/find-app";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { translator } from "@/lib/i18n/translator";
import { checkZapConnections } from "@/lib/zaps/check-zap-connections";
import { stableJson } from "@/lib/zaps/stable-json";
import { zapDefinitionSchema } from "@/lib/zaps/schema";
import { validateZapDefinition, type DefinitionProblem } from "@/lib/zaps/validate-zap-definition";

export type PublishResult =
  /** intake: how the trigger's new events reach Conduit, in a sentence ("Conduit checks Stripe … every 5 s."). */
  { ok: true; versionId: string; number: number; intake: string } | { ok: false; problems: DefinitionProblem[] };

/**
 * Freezes the zap's draft as a new version and turns the zap on, once the draft is complete and
 * every connection it uses answers a real call. Runs created from now on use this
 * version; runs already queued keep the version they were created with.
 */
export async function publishZap({
  userId,
  zapId,
  verifyConnections = true,
  locale,
}: {
  userId: string;
  zapId: string;
  /** The language of the zap-wide problems and of the default intake sentence, which the builder shows. */
  locale?: Locale;
  /** False only in tests whose connections are rows without real credentials. */
  verifyConnections?: boolean;
}): Promise<PublishResult> {
  const t = await translator({ locale });
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { id: true, draft: true } });
  if (!zap) return { ok: false, problems: [{ where: "zap", message: t("builder.publish.notFound") }] };
  const parsed = zapDefinitionSchema.safeParse(zap.draft);
  if (!parsed.success) return { ok: false, problems: [{ where: "zap", message: t("builder.publish.damaged") }] };
  const connections = await db.connection.findMany({ where: { userId }, select: { id: true, app: true, status: true, label: true, config: true } });
  const problems = validateZapDefinition({ definition: parsed.data, connections, t, apps: await localizedApps({ locale: locale ?? DEFAULT_LOCALE }) });
  if (problems.length > 0) return { ok: false, problems };
  const broken = verifyConnections ? await checkZapConnections({ userId, definition: parsed.data }) : [];
  if (broken.length > 0) return { ok: false, problems: broken };
  const { trigger } = parsed.data;
  const triggerConnection = connections.find((connection) => connection.id === trigger?.connectionId);
  const intake =
    (triggerConnection && trigger && findApp({ appKey: trigger.app })?.describeIntake?.(triggerConnection, t)) || t("builder.publish.intakeDefault");

  return db.$transaction(async (tx) => {
    // Serialises concurrent publishes of one zap, so version numbers never collide.
    const [locked] = await tx.$queryRaw<{ draft: unknown }[]>`SELECT draft FROM "Zap" WHERE id = ${zap.id}::uuid FOR UPDATE`;
    // The connection checks take seconds; an autosave in between must not be left out silently.
    if (stableJson(locked?.draft) !== stableJson(zap.draft)) {
      return { ok: false as const, problems: [{ where: "zap", message: t("builder.publish.changed") }] };
    }
    const last = await tx.zapVersion.findFirst({ where: { zapId: zap.id }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const version = await tx.zapVersion.create({ data: { zapId: zap.id, number, definition: parsed.data }, select: { id: true } });
    await tx.zap.update({
      where: { id: zap.id },
      data: { publishedVersionId: version.id, enabled: true, pausedReason: null, pausedReasonMessage: Prisma.DbNull },
    });
    return { ok: true as const, versionId: version.id, number, intake };
  });
}
