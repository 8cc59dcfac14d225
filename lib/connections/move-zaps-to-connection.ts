import { englishText } from "@/lib/i18n/user-message";
import { findApp } from "@/lib/catalog/find-app";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { connectionDeletedReason } from "@/lib/connections/connection-deleted-reason";
import { CONNECTION_NOT_FOUND, connectionIdSchema } from "@/lib/connections/schema";
import { definitionConnectionIds } from "@/lib/zaps/definition-connection-ids";
import { replaceDefinitionConnection } from "@/lib/zaps/replace-definition-connection";

export type MoveZapsResult = { ok: true; moved: number; turnedOn: number } | { ok: false; message: string };

export const NOTHING_TO_MOVE = "No zap uses a deleted connection of this account any more. Reload the page.";

/**
 * Moves the user's zaps from their deleted connections of the same account (same Stripe account and
 * mode, same Customer.io site ID and region) to this one: drafts are rewritten, and a published
 * version naming a deleted connection is followed by a new version naming this one (versions never
 * change once published: the webhook's matchers are cached by version). Zaps the deletion turned off
 * are turned back on, unless they still use another deleted connection.
 */
export async function moveZapsToConnection({ userId, connectionId }: { userId: string; connectionId: string }): Promise<MoveZapsResult> {
  if (!connectionIdSchema.safeParse(connectionId).success) return { ok: false, message: CONNECTION_NOT_FOUND };
  const connection = await db.connection.findFirst({ where: { id: connectionId, userId }, select: { id: true, app: true, config: true } });
  if (!connection) return { ok: false, message: CONNECTION_NOT_FOUND };
  const accountKey = findApp({ appKey: connection.app })?.connection.accountKey?.(connection.config);
  if (!accountKey) return { ok: false, message: NOTHING_TO_MOVE };

  return db.$transaction(async (tx) => {
    const deleted = await tx.deletedConnection.findMany({ where: { userId }, select: { id: true, app: true, accountKey: true, turnedOffZapIds: true } });
    const matching = deleted.filter((tombstone) => tombstone.app === connection.app && tombstone.accountKey === accountKey);
    const from = new Set(matching.map((tombstone) => tombstone.id.toLowerCase()));
    const turnedOffByDeletion = new Set(matching.flatMap((tombstone) => tombstone.turnedOffZapIds));
    // Locks the user's zaps (publishing locks one zap's row too), so no publish slips in between.
    await tx.$queryRaw`SELECT "id" FROM "Zap" WHERE "userId" = ${userId}::uuid AND "deletedAt" IS NULL ORDER BY "id" FOR UPDATE`;
    const zaps = await tx.zap.findMany({
      where: { userId, deletedAt: null },
      select: { id: true, enabled: true, draft: true, pausedReason: true, publishedVersion: { select: { definition: true } } },
    });
    const using = zaps.filter((zap) =>
      [...definitionConnectionIds(zap.draft), ...definitionConnectionIds(zap.publishedVersion?.definition)].some((id) => from.has(id)),
    );
    if (using.length === 0) {
      await tx.deletedConnection.deleteMany({ where: { userId, id: { in: matching.map((tombstone) => tombstone.id) } } });
      return { ok: false as const, message: NOTHING_TO_MOVE };
    }

    // A zap comes back on only when every connection it uses works (a revoked key would fail its runs).
    const live = new Set((await tx.connection.findMany({ where: { userId, status: "ACTIVE" }, select: { id: true } })).map((row) => row.id.toLowerCase()));
    const otherDeleted = new Map(
      deleted.filter((tombstone) => !from.has(tombstone.id.toLowerCase())).map((tombstone) => [tombstone.id.toLowerCase(), tombstone]),
    );
    let turnedOn = 0;
    for (const zap of using) {
      const draft = replaceDefinitionConnection({ definition: zap.draft, from, to: connection.id }) as Prisma.InputJsonValue;
      const data: Prisma.ZapUpdateInput = { draft };
      const published = zap.publishedVersion?.definition;
      let publishedIds = definitionConnectionIds(published);
      if (publishedIds.some((id) => from.has(id))) {
        const definition = replaceDefinitionConnection({ definition: published, from, to: connection.id }) as Prisma.InputJsonValue;
        const last = await tx.zapVersion.findFirst({ where: { zapId: zap.id }, orderBy: { number: "desc" }, select: { number: true } });
        const version = await tx.zapVersion.create({ data: { zapId: zap.id, number: (last?.number ?? 0) + 1, definition }, select: { id: true } });
        data.publishedVersion = { connect: { id: version.id } };
        publishedIds = definitionConnectionIds(definition);
      }
      if (!zap.enabled && turnedOffByDeletion.has(zap.id) && published !== undefined) {
        const stillDeleted = publishedIds.map((id) => otherDeleted.get(id)).find((tombstone) => tombstone !== undefined);
        const missing = publishedIds.some((id) => !live.has(id));
        if (!missing) {
          data.enabled = true;
          data.pausedReason = null;
          data.pausedReasonMessage = Prisma.DbNull;
          turnedOn += 1;
        } else if (stillDeleted) {
          // Off now because of the other deleted connection: connecting that one again turns it on.
          const reason = connectionDeletedReason({ appName: findApp({ appKey: stillDeleted.app })?.name ?? stillDeleted.app });
          data.pausedReason = englishText(reason);
          data.pausedReasonMessage = reason;
          await tx.deletedConnection.update({ where: { id: stillDeleted.id }, data: { turnedOffZapIds: { push: zap.id } } });
        }
      }
      await tx.zap.update({ where: { id: zap.id }, data });
    }
    await tx.deletedConnection.deleteMany({ where: { userId, id: { in: matching.map((tombstone) => tombstone.id) } } });
    return { ok: true as const, moved: using.length, turnedOn };
  });
}
