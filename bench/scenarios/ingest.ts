// Ingest: the highest sustained rate of signed webhooks answered 2xx (as fast as answers come back,
// for 30 s), then the ack latency at a steady 500/s. Every accepted event must reach Customer.io once.
import { checkDeliveries } from "@/bench/check-deliveries";
import { fireWebhooks } from "@/bench/fire-webhooks";
import { atLeast, atMost, type BenchContext, type ScenarioResult } from "@/bench/scenario";

export async function ingest(context: BenchContext): Promise<ScenarioResult> {
  const { config, single } = context;
  const url = context.webhookUrl(single);

  context.log(`ingest: ${config.ingestConnections} connections, as fast as possible, ${config.ingestDurationS} s`);
  const burst = await fireWebhooks({ url, signingSecret: single.signingSecret, durationS: config.ingestDurationS, connections: config.ingestConnections });
  const sustained = burst.accepted.length / burst.durationS;
  context.log(`ingest: ${burst.accepted.length} accepted (${sustained.toFixed(0)}/s); waiting for the worker to deliver them`);
  const burstCheck = await checkDeliveries({ customerio: context.customerio, stripeConnectionId: single.stripeConnectionId, acceptedEventIds: burst.accepted, zapTags: ["0"] });

  context.log(`ingest: ${config.ackRate}/s for ${config.ackDurationS} s`);
  const steady = await fireWebhooks({ url, signingSecret: single.signingSecret, durationS: config.ackDurationS, connections: 50, rate: config.ackRate });
  const steadyCheck = await checkDeliveries({ customerio: context.customerio, stripeConnectionId: single.stripeConnectionId, acceptedEventIds: steady.accepted, zapTags: ["0"] });

  const refusedOrFailed = Object.values(burst.refused).reduce((a, b) => a + b, 0) + burst.errors + Object.values(steady.refused).reduce((a, b) => a + b, 0) + steady.errors;
  const correct = burstCheck.ok && steadyCheck.ok && refusedOrFailed === 0;
  return {
    scenario: "ingest",
    figures: [
      { measure: "sustained webhooks answered 2xx", value: Math.round(sustained), unit: "/s", target: "≥ 2000", met: atLeast(sustained, 2_000) },
      { measure: `ack latency p50 at ${config.ackRate}/s`, value: steady.latencyMs.p50, unit: "ms" },
      { measure: `ack latency p99 at ${config.ackRate}/s`, value: steady.latencyMs.p99, unit: "ms", target: "≤ 50", met: atMost(steady.latencyMs.p99, 50) },
      { measure: `achieved rate (asked ${config.ackRate}/s)`, value: Math.round(steady.accepted.length / steady.durationS), unit: "/s" },
    ],
    correct,
    correctness: describe([burstCheck, steadyCheck], refusedOrFailed, { burst: burst.refused, steady: steady.refused }),
    details: { burst: { ...burst, accepted: burst.accepted.length }, steady: { ...steady, accepted: steady.accepted.length } },
  };
}

export function describe(checks: { accepted: number; missingFromDatabase: number; lost: number; duplicated: number }[], refusedOrFailed: number, refused: Record<string, unknown> = {}): string {
  const sum = (key: "accepted" | "missingFromDatabase" | "lost" | "duplicated") => checks.reduce((total, check) => total + check[key], 0);
  const parts = [`${sum("accepted")} accepted`, `${sum("missingFromDatabase")} missing from the database`, `${sum("lost")} lost`, `${sum("duplicated")} duplicated`, `${refusedOrFailed} refused or failed`];
  if (refusedOrFailed > 0) parts.push(JSON.stringify(refused));
  return parts.join(", ");
}
