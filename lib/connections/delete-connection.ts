import { findApp } from "@/lib/catalog/find-app";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { CONNECTION_NOT_FOUND, connectionIdSchema } from "@/lib/connections/schema";

export type DeleteConnectionResult = { ok: true; warning?: string } | { ok: false; message: string };

/**
 * Deletes one of the user's connections (with the events received through it, by cascade). The app
 * first undoes what connecting set up at the vendor (Stripe: the webhook endpoint Conduit created),
 * best effort: a warning says what is left to do by hand.
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
  const row = await db.connection.findFirst({ where: { id: connectionId, userId }, select: { id: true, app: true } });
  if (!row) return { ok: false, message: CONNECTION_NOT_FOUND };

  let warning: string | undefined;
  const onDelete = findApp({ appKey: row.app })?.connection.onDelete;
  if (onDelete) {
    const connection = await readConnectionSecrets({ userId, connectionId, keys }).catch(() => null);
    warning = connection ? await onDelete(connection, { appUrl }) : undefined;
  }

  const { count } = await db.connection.deleteMany({ where: { id: connectionId, userId } });
  if (count === 0) return { ok: false, message: CONNECTION_NOT_FOUND };
  return warning ? { ok: true, warning } : { ok: true };
}
