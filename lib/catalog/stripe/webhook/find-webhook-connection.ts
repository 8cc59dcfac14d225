import { LruMap } from "@/lib/cache/lru-map";
import { decodeConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids/is-uuid";

/**
 * How long a web process reuses a connection's signing secret without reading it again. Safe because
 * a signature that fails with a remembered secret is checked again with a fresh read
 * (receive-stripe-webhook.ts), and the event's write checks the connection still exists and is not
 * revoked (record-stripe-event.ts). So the only staleness: a replaced secret keeps verifying for up
 * to this long, as Stripe's own secret roll lets the old one verify for a while.
 */
export const WEBHOOK_CONNECTION_CACHE_MS = 60_000;

export type WebhookConnection = { found: true; id: string; userId: string; signingSecret: string | undefined; fromCache: boolean } | { found: false };

const remembered = new LruMap<string, { id: string; userId: string; signingSecret: string | undefined; until: number }>(10_000);

/** The Stripe connection a webhook URL names, with its signing secret; the webhook has no session. */
export async function findWebhookConnection({ connectionId, fresh = false }: { connectionId: string; fresh?: boolean }): Promise<WebhookConnection> {
  if (!isUuid(connectionId)) return { found: false };
  const id = connectionId.toLowerCase();
  const cached = fresh ? undefined : remembered.get(id);
  if (cached && cached.until > Date.now()) return { found: true, id: cached.id, userId: cached.userId, signingSecret: cached.signingSecret, fromCache: true };

  // One read: the owner, the status and the encrypted secrets together.
  const row = await db.connection.findUnique({
    where: { id },
    select: { id: true, userId: true, app: true, status: true, config: true, secretsKeyId: true, secretsCiphertext: true },
  });
  if (!row || row.app !== "stripe" || row.status === "REVOKED") {
    remembered.delete(id);
    return { found: false };
  }
  const connection = decodeConnectionSecrets({ row });
  if (connection.app !== "stripe") return { found: false };
  const found = { id: row.id, userId: row.userId, signingSecret: connection.secrets.webhookSigningSecret };
  // Only a usable secret is remembered: one added on the Connections page then works at once.
  if (found.signingSecret) remembered.set(id, { ...found, until: Date.now() + WEBHOOK_CONNECTION_CACHE_MS });
  return { found: true, ...found, fromCache: false };
}

/** Drops what this process remembers of a connection (it was found deleted or revoked). */
export function forgetWebhookConnection({ connectionId }: { connectionId: string }): void {
  remembered.delete(connectionId.toLowerCase());
}
