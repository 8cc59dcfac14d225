// End to end: 200 events/s for 60 s; for each, the time from the webhook's transaction to the
// Customer.io stand-in receiving the call.
import { checkDeliveries } from "@/bench/check-deliveries";
import { fireWebhooks } from "@/bench/fire-webhooks";
import { percentiles } from "@/bench/percentiles";
import { atMost, type BenchContext, type ScenarioResult } from "@/bench/scenario";
import { describe } from "@/bench/scenarios/ingest";

export async function endToEnd(context: BenchContext): Promise<ScenarioResult> {
  const { config, single } = context;
  context.log(`end to end: ${config.endToEndRate}/s for ${config.endToEndDurationS} s`);
  const sent = await fireWebhooks({
    url: context.webhookUrl(single),
    signingSecret: single.signingSecret,
    durationS: config.endToEndDurationS,
    connections: 20,
    rate: config.endToEndRate,
  });
  const check = await checkDeliveries({
    customerio: context.customerio,
    stripeConnectionId: single.stripeConnectionId,
    acceptedEventIds: sent.accepted,
    zapTags: ["0"],
  });
  const latency = percentiles(check.latenciesMs);
  const refusedOrFailed = Object.values(sent.refused).reduce((a, b) => a + b, 0) + sent.errors;
  return {
    scenario: "end to end",
    figures: [
      { measure: `webhook → Customer.io p50 at ${config.endToEndRate}/s`, value: latency.p50, unit: "ms", target: "≤ 50", met: atMost(latency.p50, 50) },
      { measure: "webhook → Customer.io p99", value: latency.p99, unit: "ms", target: "≤ 300", met: atMost(latency.p99, 300) },
      { measure: "webhook → Customer.io max", value: latency.max, unit: "ms" },
      { measure: "lost", value: check.lost, unit: "", target: "0", met: check.lost === 0 },
      { measure: "duplicated", value: check.duplicated, unit: "", target: "0", met: check.duplicated === 0 },
    ],
    correct: check.ok && refusedOrFailed === 0,
    correctness: describe([check], refusedOrFailed, sent.refused),
  };
}
