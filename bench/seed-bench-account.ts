// One benchmark account: a Stripe connection (webhook mode with a signing secret, or sync mode on a
// stand-in account: no signing secret, the worker reads the Events API), a Customer.io connection pointing at
// the instant stand-in, `matching` published zaps on "Subscription canceled" that each track one
// event tagged with the zap's number, and `others` published zaps on triggers the bench never sends.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { BENCH_WEBHOOK_ACCOUNT } from "@/bench/start-bench-stripe";
import { createTestConnection } from "@/test/create-test-connection";
import { createZap } from "@/lib/zaps/create-zap";
import { publishZap } from "@/lib/zaps/publish-zap";
import { setZapEnabled } from "@/lib/zaps/set-zap-enabled";
import type { ZapDefinition } from "@/lib/zaps/schema";

export interface BenchAccount {
  userId: string;
  stripeConnectionId: string;
  /** Empty for a sync-mode account. */
  signingSecret: string;
  zapIds: string[];
}

const OTHER_TRIGGERS = ["new_customer", "payment_failed", "new_dispute", "checkout_session_completed", "invoice_payment_failed", "new_subscription"];

export async function seedBenchAccount({
  label,
  matching,
  others,
  sync,
}: {
  label: string;
  matching: number;
  others: number;
  /** A sync-mode connection to this stand-in account (see start-bench-stripe.ts). */
  sync?: { id: string; secretKey: string };
}): Promise<BenchAccount> {
  const signingSecret = sync ? "" : `whsec_bench_${randomUUID().replaceAll("-", "")}`;
  const account = sync ?? BENCH_WEBHOOK_ACCOUNT;
  const user = await db.user.create({ data: { email: `bench-${label}-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const stripe = await createTestConnection({
    userId: user.id,
    app: "stripe",
    secrets: { secretKey: account.secretKey, ...(signingSecret ? { webhookSigningSecret: signingSecret } : {}) },
    config: {
      accountId: account.id,
      accountName: "Bench shop",
      livemode: false,
      keyLast4: account.secretKey.slice(-4),
      webhook: { mode: "manual", signingSecretLast4: signingSecret ? signingSecret.slice(-4) : null },
    },
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
