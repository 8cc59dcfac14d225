import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { sealConnectionSecrets } from "@/lib/connections/seal-connection-secrets";
import type { StripeSecrets } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import type { CustomerioSecrets } from "@/lib/catalog/customerio/connection/customerio-connection-schema";

/** A connection row with real encrypted secrets, without calling the vendor (for tests). */
export async function createTestConnection({
  userId,
  app,
  secrets,
  config,
}: {
  userId: string;
  app: "stripe" | "customerio";
  secrets: StripeSecrets | CustomerioSecrets;
  config: Record<string, unknown>;
}): Promise<{ id: string }> {
  const id = randomUUID();
  const sealed = sealConnectionSecrets({ connectionId: id, secrets });
  return db.connection.create({
    data: { id, userId, app, label: `${app} (test)`, config: config as object, secretsKeyId: sealed.keyId, secretsCiphertext: sealed.ciphertext },
    select: { id: true },
  });
}
