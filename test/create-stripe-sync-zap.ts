import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createZap } from "@/lib/zaps/create-zap";
import { publishZap } from "@/lib/zaps/publish-zap";
import { createTestConnection } from "@/test/create-test-connection";

/**
 * For Stripe sync tests: a new user with a Stripe connection for this account and key (sync mode,
 * or webhook mode when a signing secret is given), a Customer.io connection and a published
 * "Subscription canceled" zap on them.
 */
export async function createStripeSyncZap({
  accountId,
  secretKey,
  signingSecret,
}: {
  accountId: string;
  secretKey: string;
  signingSecret?: string;
}): Promise<{ userId: string; connectionId: string; connection: { id: string; userId: string }; zapId: string }> {
  const user = await db.user.create({ data: { email: `sync-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const stripe = await createTestConnection({
    userId: user.id,
    app: "stripe",
    secrets: { secretKey, ...(signingSecret ? { webhookSigningSecret: signingSecret } : {}) },
    config: {
      accountId,
      accountName: "Test account",
      livemode: false,
      keyLast4: secretKey.slice(-4),
      webhook: { mode: "manual", signingSecretLast4: signingSecret?.slice(-4) ?? null },
    },
  });
  const customerio = await createTestConnection({
    userId: user.id,
    app: "customerio",
    secrets: { trackApiKey: "track-key-sync" },
    config: { siteId: "site-sync", region: "us", environmentId: null, trackKeyLast4: "sync", appKeyLast4: null },
  });
  const zap = await createZap({
    userId: user.id,
    input: {
      name: "Subscription canceled",
      definition: {
        trigger: { app: "stripe", key: "subscription_canceled", connectionId: stripe.id, options: {} },
        filter: null,
        steps: [
          {
            id: "event",
            app: "customerio",
            key: "track_event",
            connectionId: customerio.id,
            inputs: { personId: "{{trigger.customer}}", name: "subscription_canceled" },
          },
        ],
      },
    },
  });
  const published = await publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false });
  if (!published.ok) throw new Error(`the test zap does not publish: ${JSON.stringify(published.problems)}`);
  return { userId: user.id, connectionId: stripe.id, connection: { id: stripe.id, userId: user.id }, zapId: zap.id };
}
