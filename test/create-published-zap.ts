import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Filter } from "@/lib/filters/schema";
import { createTestConnection } from "@/test/create-test-connection";
import { createZap } from "@/lib/zaps/create-zap";
import { publishZap } from "@/lib/zaps/publish-zap";
import type { StepConfig } from "@/lib/zaps/schema";

/**
 * For tests: a new user with a Stripe connection (manual webhook, this signing secret), a
 * Customer.io connection (these credentials) and a published "Subscription canceled" zap whose
 * steps `steps` builds from the Customer.io connection's id. With `userId`, for that existing user instead.
 */
export async function createPublishedZap({
  signingSecret = "whsec_test_conduit_signing_secret_0001",
  customerio,
  steps,
  filter = null,
  userId,
  name = "Subscription canceled",
}: {
  userId?: string;
  name?: string;
  signingSecret?: string;
  customerio: { siteId: string; trackApiKey: string; appApiKey?: string };
  steps: (customerioConnectionId: string) => StepConfig[];
  filter?: Filter | null;
}): Promise<{ userId: string; stripeId: string; customerioId: string; zapId: string }> {
  const user = userId ? { id: userId } : await db.user.create({ data: { email: `zap-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const stripe = await createTestConnection({
    userId: user.id,
    app: "stripe",
    secrets: { secretKey: "sk_test_not_called", ...(signingSecret ? { webhookSigningSecret: signingSecret } : {}) },
    config: {
      accountId: "acct_test",
      accountName: "Test account",
      livemode: false,
      keyLast4: "lled",
      webhook: { mode: "manual", signingSecretLast4: signingSecret.slice(-4) || null },
    },
  });
  const customerioConnection = await createTestConnection({
    userId: user.id,
    app: "customerio",
    secrets: { trackApiKey: customerio.trackApiKey, ...(customerio.appApiKey ? { appApiKey: customerio.appApiKey } : {}) },
    config: {
      siteId: customerio.siteId,
      region: "us",
      environmentId: null,
      trackKeyLast4: customerio.trackApiKey.slice(-4),
      appKeyLast4: customerio.appApiKey?.slice(-4) ?? null,
    },
  });
  const zap = await createZap({
    userId: user.id,
    input: {
      name,
      definition: {
        trigger: { app: "stripe", key: "subscription_canceled", connectionId: stripe.id, options: {} },
        filter,
        steps: steps(customerioConnection.id),
      },
    },
  });
  const published = await publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false });
  if (!published.ok) throw new Error(`the test zap does not publish: ${JSON.stringify(published.problems)}`);
  return { userId: user.id, stripeId: stripe.id, customerioId: customerioConnection.id, zapId: zap.id };
}
