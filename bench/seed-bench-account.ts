// One benchmark account: a Stripe connection (signing secret), a Customer.io connection pointing at
// the instant stand-in, `matching` published zaps on "Subscription canceled" that each track one
// event tagged with the zap's number, and `others` published zaps on triggers the bench never sends.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createTestConnection } from "@/test/create-test-connection";
import { createZap } from "@/lib/zaps/create-zap";
import { publishZap } from "@/lib/zaps/publish-zap";
import { setZapEnabled } from "@/lib/zaps/set-zap-enabled";
import type { ZapDefinition } from "@/lib/zaps/schema";

export interface BenchAccount {
  userId: string;
  stripeConnectionId: string;
  signingSecret: string;
  zapIds: string[];
}

const OTHER_TRIGGERS = ["new_customer", "payment_failed", "new_dispute", "checkout_session_completed", "invoice_payment_failed", "new_subscription"];

export async function seedBenchAccount({ label, matching, others }: { label: string; matching: number; others: number }): Promise<BenchAccount> {
  const signingSecret = `whsec_bench_${randomUUID().replaceAll("-", "")}`;
  const user = await db.user.create({ data: { email: `bench-${label}-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const stripe = await createTestConnection({
    userId: user.id,
    app: "stripe",
    secrets: { secretKey: "sk_test_bench_not_called", webhookSigningSecret: signingSecret },
    config: { accountId: "acct_bench", accountName: "Bench shop", livemode: false, keyLast4: "lled", webhook: { mode: "manual", signingSecretLast4: signingSecret.slice(-4) } },
  });
  const customerio = await createTestConnection({
    userId: user.id,
    app: "customerio",
    secrets: { trackApiKey: "benchtrackkey0001" },
    config: { siteId: "benchsite0001", region: "us", environmentId: null, trackKeyLast4: "0001", appKeyLast4: null },
  });

  const definitions: ZapDefinition[] = [
    ...Array.from({ length: matching }, (_, index): ZapDefinition => ({
      trigger: { app: "stripe", key: "subscription_canceled", connectionId: stripe.id, options: {} },
      filter: null,
      steps: [
        {
          id: "track",
          app: "customerio",
          key: "track_event",
          connectionId: customerio.id,
          inputs: {
            personId: "{{trigger.customer}}",
            name: "subscription_canceled",
            data: [
              { key: "stripe_event_id", value: "{{trigger.$event.id}}" },
              { key: "zap", value: String(index) },
              { key: "subscription_id", value: "{{trigger.id}}" },
              { key: "plan", value: "{{trigger.items.data.0.price.nickname}}" },
            ],
          },
        },
      ],
    })),
    ...Array.from({ length: others }, (_, index): ZapDefinition => ({
      trigger: { app: "stripe", key: OTHER_TRIGGERS[index % OTHER_TRIGGERS.length] ?? "new_customer", connectionId: stripe.id, options: {} },
      filter: null,
      steps: [{ id: "track", app: "customerio", key: "track_event", connectionId: customerio.id, inputs: { personId: "{{trigger.customer}}", name: "other" } }],
    })),
  ];

  const zapIds: string[] = [];
  for (const [index, definition] of definitions.entries()) {
    const zap = await createZap({ userId: user.id, input: { name: `${label} zap ${index + 1}`, definition } });
    const published = await publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false });
    if (!published.ok) throw new Error(`bench zap ${index + 1} does not publish: ${JSON.stringify(published.problems)}`);
    await setZapEnabled({ userId: user.id, zapId: zap.id, enabled: true });
    zapIds.push(zap.id);
  }
  return { userId: user.id, stripeConnectionId: stripe.id, signingSecret, zapIds: zapIds.slice(0, matching) };
}
