import { englishText } from "@/lib/i18n/user-message";
import type { ConnectionWarning } from "@/lib/catalog/define";
import { findApp } from "@/lib/catalog/find-app";
import type { ConnectionErrorCodes } from "@/lib/connections/connection-error";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { connectionDeletedReason } from "@/lib/connections/connection-deleted-reason";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { CONNECTION_NOT_FOUND, connectionIdSchema } from "@/lib/connections/schema";
import { definitionConnectionIds } from "@/lib/zaps/definition-connection-ids";

export type DeleteConnectionResult =
  /** turnedOff: zaps turned off; failedRuns: waiting runs failed (each only when there were any). */
  { ok: true; warning?: string; errorCodes?: ConnectionErrorCodes; turnedOff?: number; failedRuns?: number } | { ok: false; message: string };

/**
 * Deletes one of the user's connections (with the events received through it, by cascade). The app
 * first undoes what connecting set up at the vendor (Stripe: the webhook endpoint Conduit created),
 * best effort: a warning says what is left to do by hand. Zaps whose published version uses the
 * connection are turned off with the reason, and their runs still waiting (QUEUED) fail with it.
 * What account it was of is kept (DeletedConnection), so that connecting it again can take the
 * zaps over (move-zaps-to-connection.ts).
 */
export async function deleteConnection({
  userId,
  connectionId,
  appUrl = env().APP_URL,
  keys,
}: {
  userId: string;
  connectionId: string;
  appUrl?: string;
  keys?: EncryptionKey[];
}): Promise<DeleteConnectionResult> {
  if (!connectionIdSchema.safeParse(connectionId).success) return { ok: false, message: CONNECTION_NOT_FOUND };
  const row = await db.connection.findFirst({ where: { id: connectionId, userId }, select: { id: true, app: true, label: true, config: true } });
  if (!row) return { ok: false, message: CONNECTION_NOT_FOUND };
  const app = findApp({ appKey: row.app });

  let warning: ConnectionWarning | undefined;
  const onDelete = app?.connection.onDelete;
  if (onDelete) {
    const connection = await readConnectionSecrets({ userId, connectionId, keys }).catch(() => null);
    warning = connection ? await onDelete(connection, { appUrl }) : undefined;
  }

  const reason = connectionDeletedReason({ appName: app?.name ?? row.app });
  const accountKey = app?.connection.accountKey?.(row.config) ?? null;
  const id = row.id.toLowerCase();
  const outcome = await db.$transaction(async (tx) => {
    const { count } = await tx.connection.deleteMany({ where: { id: row.id, userId } });
    if (count === 0) return null;
    const published = await tx.zap.findMany({
      where: { userId, deletedAt: null, enabled: true, publishedVersionId: { not: null } },
      select: { id: true, publishedVersion: { select: { definition: true } } },
    });
    const using = published.filter((zap) => definitionConnectionIds(zap.publishedVersion?.definition).includes(id)).map((zap) => zap.id);
    const turnedOff =
      using.length > 0
        ? (
            await tx.zap.updateMany({
              where: { id: { in: using }, enabled: true },
              data: { enabled: false, pausedReason: englishText(reason), pausedReasonMessage: reason },
            })
          ).count
        : 0;
    const failedRuns = await tx.$executeRaw`
      WITH waiting AS (
        SELECT r."id", coalesce(v."definition", r."draftDefinition") AS d
        FROM "Run" r JOIN "Zap" z ON z."id" = r."zapId" LEFT JOIN "ZapVersion" v ON v."id" = r."zapVersionId"
        WHERE z."userId" = ${userId}::uuid AND r."status" = 'QUEUED'
      )
      UPDATE "Run" r
      SET "status" = 'FAILED', "error" = ${englishText(reason)}, "errorMessage" = ${JSON.stringify(reason)}::jsonb, "finishedAt" = now(), "lockedBy" = NULL, "lockedUntil" = NULL
      FROM waiting
      WHERE r."id" = waiting."id" AND r."status" = 'QUEUED'
        AND (lower(waiting.d->'trigger'->>'connectionId') = ${id}
             OR EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(waiting.d->'steps') = 'array' THEN waiting.d->'steps' ELSE '[]'::jsonb END) AS step
                        WHERE lower(step->>'connectionId') = ${id}))`;
    if (accountKey) {
      await tx.deletedConnection.create({ data: { id: row.id, userId, app: row.app, label: row.label, accountKey, turnedOffZapIds: using } });
    }
    return { turnedOff, failedRuns };
  });
  if (!outcome) return { ok: false, message: CONNECTION_NOT_FOUND };
  return {
    ok: true,
    ...(warning ? { warning: warning.warning, errorCodes: { warning: warning.warningCode } } : {}),
    ...(outcome.turnedOff > 0 ? { turnedOff: outcome.turnedOff } : {}),
    ...(outcome.failedRuns > 0 ? { failedRuns: outcome.failedRuns } : {}),
  };
}
