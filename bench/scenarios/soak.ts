// Soak: 100 events/s for 10 minutes; memory of the web server and the worker at the start and end.
import { checkDeliveries } from "@/bench/check-deliveries";
import { fireWebhooks } from "@/bench/fire-webhooks";
import { processTreeRssMiB } from "@/bench/process-tree-rss";
import { atMost, type BenchContext, type ScenarioResult } from "@/bench/scenario";
import { describe } from "@/bench/scenarios/ingest";

const WARM_UP_S = 20;

export async function soak(context: BenchContext): Promise<ScenarioResult> {
  const { config, single, app } = context;
  const url = context.webhookUrl(single);
  const rss = () => ({ web: processTreeRssMiB({ pid: app.webPid() }), worker: app.workerPids().reduce((sum, pid) => sum + processTreeRssMiB({ pid }), 0) });

  // Memory at the start is taken after a warm-up at the same rate, once caches and pools are full.
  context.log(`soak: warming up ${WARM_UP_S} s at ${config.soakRate}/s`);
  const warmUp = await fireWebhooks({ url, signingSecret: single.signingSecret, durationS: WARM_UP_S, connections: 10, rate: config.soakRate });
  const start = rss();
  context.log(`soak: ${config.soakRate}/s for ${config.soakDurationS} s (web ${start.web} MiB, worker ${start.worker} MiB)`);
  const sent = await fireWebhooks({ url, signingSecret: single.signingSecret, durationS: config.soakDurationS, connections: 10, rate: config.soakRate });
  const end = rss();
  const check = await checkDeliveries({
    customerio: context.customerio,
    stripeConnectionId: single.stripeConnectionId,
    acceptedEventIds: [...warmUp.accepted, ...sent.accepted],
    zapTags: ["0"],
  });

  const growth = (from: number, to: number) => Math.round(((to - from) / from) * 1000) / 10;
  const webGrowth = growth(start.web, end.web);
  const workerGrowth = growth(start.worker, end.worker);
  const refusedOrFailed =
    Object.values(sent.refused).reduce((a, b) => a + b, 0) + sent.errors + Object.values(warmUp.refused).reduce((a, b) => a + b, 0) + warmUp.errors;
  return {
    scenario: "soak",
    figures: [
      { measure: `web RSS ${start.web} → ${end.web} MiB`, value: webGrowth, unit: "%", target: "< 5", met: webGrowth < 5 },
      { measure: `worker RSS ${start.worker} → ${end.worker} MiB`, value: workerGrowth, unit: "%", target: "< 5", met: workerGrowth < 5 },
      {
        measure: `errors in ${config.soakDurationS} s at ${config.soakRate}/s`,
        value: refusedOrFailed,
        unit: "",
        target: "0",
        met: atMost(refusedOrFailed, 0),
      },
    ],
    correct: check.ok && refusedOrFailed === 0,
    correctness: describe([check], refusedOrFailed, sent.refused),
  };
}
