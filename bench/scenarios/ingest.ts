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
  const burstCheck = await checkDeliveries({
    customerio: context.customerio,
    stripeConnectionId: single.stripeConnectionId,
    acceptedEventIds: burst.accepted,
    zapTags: ["0"],
  });

  // The same burst with the worker stopped: what the web server, PostgreSQL and Redis take on their
  // own, as when workers run on other machines (README, Scaling). The backlog is delivered afterwards.
  context.log(`ingest: the same burst with the worker stopped`);
  await context.app.setWorkers(0);
  const webOnly = await fireWebhooks({ url, signingSecret: single.signingSecret, durationS: config.ingestDurationS, connections: config.ingestConnections });
  const webOnlyRate = webOnly.accepted.length / webOnly.durationS;
  await context.app.setWorkers(1);
  const webOnlyCheck = await checkDeliveries({
    customerio: context.customerio,
    stripeConnectionId: single.stripeConnectionId,
    acceptedEventIds: webOnly.accepted,
    zapTags: ["0"],
  });

  context.log(`ingest: ${config.ackRate}/s for ${config.ackDurationS} s`);
  const steady = await fireWebhooks({ url, signingSecret: single.signingSecret, durationS: config.ackDurationS, connections: 50, rate: config.ackRate });
  const steadyCheck = await checkDeliveries({
    customerio: context.customerio,
    stripeConnectionId: single.stripeConnectionId,
    acceptedEventIds: steady.accepted,
    zapTags: ["0"],
  });

  const refusedOrFailed = [burst, webOnly, steady].reduce((sum, fired) => sum + Object.values(fired.refused).reduce((a, b) => a + b, 0) + fired.errors, 0);
  const correct = burstCheck.ok && webOnlyCheck.ok && steadyCheck.ok && refusedOrFailed === 0;
  return {
    scenario: "ingest",
    figures: [
      { measure: "sustained webhooks answered 2xx", value: Math.round(sustained), unit: "/s", target: "≥ 2000", met: atLeast(sustained, 2_000) },
      { measure: "same, worker stopped (web + PostgreSQL + Redis)", value: Math.round(webOnlyRate), unit: "/s" },
      { measure: "ack latency p99, as fast as possible", value: burst.latencyMs.p99, unit: "ms" },
      { measure: `ack latency p50 at ${config.ackRate}/s`, value: steady.latencyMs.p50, unit: "ms" },
      { measure: `ack latency p99 at ${config.ackRate}/s`, value: steady.latencyMs.p99, unit: "ms", target: "≤ 50", met: atMost(steady.latencyMs.p99, 50) },
      { measure: `achieved rate (asked ${config.ackRate}/s)`, value: Math.round(steady.accepted.length / steady.durationS), unit: "/s" },
    ],
    correct,
    correctness: describe([burstCheck, webOnlyCheck, steadyCheck], refusedOrFailed, { burst: burst.refused, webOnly: webOnly.refused, steady: steady.refused }),
    details: {
      burst: { ...burst, accepted: burst.accepted.length, sentAt: undefined },
      webOnly: { ...webOnly, accepted: webOnly.accepted.length, sentAt: undefined },
      steady: { ...steady, accepted: steady.accepted.length, sentAt: undefined },
    },
  };
}

export function describe(
  checks: { accepted: number; missingFromDatabase: number; lost: number; duplicated: number }[],
  refusedOrFailed: number,
  refused: Record<string, unknown> = {},
): string {
  const sum = (key: "accepted" | "missingFromDatabase" | "lost" | "duplicated") => checks.reduce((total, check) => total + check[key], 0);
  const parts = [
    `${sum("accepted")} accepted`,
    `${sum("missingFromDatabase")} missing from the database`,
    `${sum("lost")} lost`,
    `${sum("duplicated")} duplicated`,
    `${refusedOrFailed} refused or failed`,
  ];
  if (refusedOrFailed > 0) parts.push(JSON.stringify(refused));
  return parts.join(", ");
}
