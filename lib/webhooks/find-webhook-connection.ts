import { db } from "@/lib/db";
import { decodeConnectionSecrets } from "@/lib/connections/read-connection-secrets";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type WebhookConnection =
  | { found: true; id: string; userId: string; signingSecret: string | undefined }
  | { found: false };

/** The Stripe connection a webhook URL names, with its signing secret; the webhook has no session. */
export async function findWebhookConnection({ connectionId }: { connectionId: string }): Promise<WebhookConnection> {
  if (!UUID.test(connectionId)) return { found: false };
  // One read on the hot path: the owner, the status and the encrypted secrets together.
  const row = await db.connection.findUnique({
    where: { id: connectionId },
    select: { id: true, userId: true, app: true, status: true, config: true, secretsKeyId: true, secretsCiphertext: true },
  });
  if (!row || row.app !== "stripe" || row.status === "REVOKED") return { found: false };
  const connection = decodeConnectionSecrets({ row });
  if (connection.app !== "stripe") return { found: false };
  return { found: true, id: row.id, userId: row.userId, signingSecret: connection.secrets.webhookSigningSecret };
}
