import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createTestConnection } from "@/test/create-test-connection";
import { createZap } from "@/lib/zaps/create-zap";
import type { MappedValue } from "@/lib/zaps/schema";

/**
 * For tests of trigger samples and test events: a zap (off, unpublished unless `publish`) whose
 * draft has a Stripe trigger and one Customer.io step. Creates the user and the Stripe connection
 * (this key and signing secret; none when null) unless given; `stripeId: null` leaves the trigger
 * without a connection. `publish` freezes the draft as version 1 and turns the zap on, without the
 * connection checks of publishZap (these connections are never called).
 */
export async function createTriggerZap({
  userId,
  stripeId,
  secretKey = "sk_test_not_called",
  signingSecret = "whsec_test_trigger_zap_signing_0001",
  trigger = "subscription_canceled",
  options = {},
  publish = false,
  name = "Trigger zap",
}: {
  userId?: string;
  stripeId?: string | null;
  secretKey?: string;
  signingSecret?: string | null;
  trigger?: string;
  options?: Record<string, MappedValue>;
  publish?: boolean;
  name?: string;
} = {}): Promise<{ userId: string; stripeId: string | null; customerioId: string; zapId: string }> {
  const user = userId ?? (await db.user.create({ data: { email: `trigger-${randomUUID()}@example.com`, passwordHash: "not-used" } })).id;
  const stripe =
    stripeId !== undefined
      ? stripeId
      : (
          await createTestConnection({
            userId: user,
            app: "stripe",
            secrets: { secretKey, ...(signingSecret ? { webhookSigningSecret: signingSecret } : {}) },
            config: {
              accountId: "acct_1MoRdlLgUG5tbmjc",
              accountName: "Test account",
              livemode: false,
              keyLast4: secretKey.slice(-4),
              webhook: { mode: "manual", signingSecretLast4: signingSecret?.slice(-4) ?? null },
            },
          })
        ).id;
  const customerio = await createTestConnection({
    userId: user,
    app: "customerio",
    secrets: { trackApiKey: "track-key" },
    config: { siteId: "site", region: "us", environmentId: null, trackKeyLast4: "-key", appKeyLast4: null },
  });
  const zap = await createZap({
    userId: user,
    input: {
      name,
      definition: {
        trigger: { app: "stripe", key: trigger, connectionId: stripe, options },
        filter: null,
        steps: [{ id: "person", app: "customerio", key: "delete_person", connectionId: customerio.id, inputs: { personId: "{{trigger.customer}}" } }],
      },
    },
  });
  if (publish) {
    const { draft } = await db.zap.findUniqueOrThrow({ where: { id: zap.id }, select: { draft: true } });
    const version = await db.zapVersion.create({ data: { zapId: zap.id, number: 1, definition: draft ?? {} }, select: { id: true } });
    await db.zap.update({ where: { id: zap.id }, data: { publishedVersionId: version.id, enabled: true } });
  }
  return { userId: user, stripeId: stripe, customerioId: customerio.id, zapId: zap.id };
}
