// Steady load, open loop: events at a fixed rate (30/s, 200/s, 500/s) with the web server and the worker
// on this machine; for each event the time from the webhook's transaction to the Customer.io stand-in
// receiving the call, and where that time goes (stage-breakdown.ts).
import { checkDeliveries } from "@/bench/check-deliveries";
import { fireWebhooks } from "@/bench/fire-webhooks";
import { percentiles } from "@/bench/percentiles";
import { atMost, type BenchContext, type ScenarioResult } from "@/bench/scenario";
import { describe } from "@/bench/scenarios/ingest";
import { stageBreakdown, stageFigures } from "@/bench/stage-breakdown";

const WARM_UP_S = 5;

/** Runs that reached the stand-in per second, from its first delivery to its last. */
function deliveredPerSecond(check: { firstDeliveryAt: number | null; lastDeliveryAt: number | null; expectedDeliveries: number }): number | null {
  if (check.firstDeliveryAt === null || check.lastDeliveryAt === null || check.lastDeliveryAt === check.firstDeliveryAt) return null;
  return Math.round((check.expectedDeliveries - 1) / ((check.lastDeliveryAt - check.firstDeliveryAt) / 1000));
}

/** The targets per rate: e2e p50 / p99 in ms. */
const TARGETS: Record<number, { p50: number; p99: number }> = { 30: { p50: 10, p99: 50 }, 200: { p50: 50, p99: 300 } };

export async function steady(context: BenchContext): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const rate of context.config.steadyRates) results.push(await steadyAt(context, rate));
  return results;
}

async function steadyAt(context: BenchContext, rate: number): Promise<ScenarioResult> {
  const { config, single } = context;
  // A freshly started web server and worker compile their hot paths in the first seconds (V8's JIT):
  // warmed up at the same rate first, so the figures are those of a running system.
  context.log(`steady: warming up ${WARM_UP_S} s at ${rate}/s`);
  const warmUp = await fireWebhooks({ url: context.webhookUrl(single), signingSecret: single.signingSecret, durationS: WARM_UP_S, connections: 2, rate });
  const warmUpCheck = await checkDeliveries({
    customerio: context.customerio,
    stripeConnectionId: single.stripeConnectionId,
    acceptedEventIds: warmUp.accepted,
    zapTags: ["0"],
  });
  context.log(`steady: ${rate}/s for ${config.steadyDurationS} s`);
  const sent = await fireWebhooks({
    url: context.webhookUrl(single),
    signingSecret: single.signingSecret,
    durationS: config.steadyDurationS,
    connections: Math.min(20, Math.max(2, Math.ceil(rate / 10))),
    rate,
  });
  const check = await checkDeliveries({
    customerio: context.customerio,
    stripeConnectionId: single.stripeConnectionId,
    acceptedEventIds: sent.accepted,
    zapTags: ["0"],
  });
  const stages = await stageBreakdown({ customerio: context.customerio, eventIds: sent.accepted, sentAt: sent.sentAt });
  const latency = percentiles(check.latenciesMs);
  const target = TARGETS[rate];
  const refusedOrFailed = [warmUp, sent].reduce((sum, fired) => sum + Object.values(fired.refused).reduce((a, b) => a + b, 0) + fired.errors, 0);
  return {
    scenario: `steady ${rate}/s`,
    figures: [
      {
        measure: `webhook → Customer.io p50`,
        value: latency.p50,
        unit: "ms",
        ...(target ? { target: `≤ ${target.p50}`, met: atMost(latency.p50, target.p50) } : {}),
      },
      {
        measure: "webhook → Customer.io p99",
        value: latency.p99,
        unit: "ms",
        ...(target ? { target: `≤ ${target.p99}`, met: atMost(latency.p99, target.p99) } : {}),
      },
      { measure: "webhook → Customer.io max", value: latency.max, unit: "ms" },
      { measure: "ack latency p50 / p99", value: sent.latencyMs.p50, unit: `/ ${sent.latencyMs.p99} ms` },
      { measure: `webhooks acked /s (asked ${rate}/s)`, value: Math.round(sent.accepted.length / sent.durationS), unit: "/s" },
      { measure: "runs delivered /s meanwhile", value: deliveredPerSecond(check), unit: "/s" },
      ...stageFigures(stages),
    ],
    correct: check.ok && warmUpCheck.ok && refusedOrFailed === 0,
    correctness: describe([warmUpCheck, check], refusedOrFailed, { warmUp: warmUp.refused, measured: sent.refused }),
    details: { rate, stages },
  };
}
