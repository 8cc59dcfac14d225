// Fan-out: each event matches 20 zaps; the end-to-end latency of all their deliveries.
import { checkDeliveries } from "@/bench/check-deliveries";
import { fireWebhooks } from "@/bench/fire-webhooks";
import { percentiles } from "@/bench/percentiles";
import { atMost, type BenchContext, type ScenarioResult } from "@/bench/scenario";
import { describe } from "@/bench/scenarios/ingest";

export async function fanOut(context: BenchContext): Promise<ScenarioResult> {
  const { config, fanOut: account } = context;
  context.log(`fan-out: ${config.fanOutEvents} events, 10/s, each matching ${config.fanOutZaps} zaps`);
  const sent = await fireWebhooks({
    url: context.webhookUrl(account),
    signingSecret: account.signingSecret,
    amount: config.fanOutEvents,
    connections: 2,
    rate: 10,
  });
  const tags = Array.from({ length: config.fanOutZaps }, (_, index) => String(index));
  const check = await checkDeliveries({
    customerio: context.customerio,
    stripeConnectionId: account.stripeConnectionId,
    acceptedEventIds: sent.accepted,
    zapTags: tags,
  });
  const latency = percentiles(check.latenciesMs);
  const refusedOrFailed = Object.values(sent.refused).reduce((a, b) => a + b, 0) + sent.errors;
  return {
    scenario: "fan-out",
    figures: [
      { measure: `webhook → all ${config.fanOutZaps} Customer.io calls p50`, value: latency.p50, unit: "ms" },
      { measure: `webhook → all ${config.fanOutZaps} Customer.io calls p99`, value: latency.p99, unit: "ms", target: "≤ 300", met: atMost(latency.p99, 300) },
      { measure: "ack latency p99", value: sent.latencyMs.p99, unit: "ms" },
    ],
    correct: check.ok && refusedOrFailed === 0,
    correctness: describe([check], refusedOrFailed, sent.refused),
  };
}
