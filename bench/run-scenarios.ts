// Starts web + worker, seeds the accounts, and runs the chosen scenarios in order. Imported only once
// the environment is set, because lib/db.ts connects on import.
import { startBenchApp } from "@/bench/bench-app";
import type { BenchConfig } from "@/bench/bench-config";
import type { Baseline } from "@/bench/prepare-baseline";
import type { InstantCustomerio } from "@/bench/instant-customerio";
import type { BenchContext, ScenarioResult } from "@/bench/scenario";
import { fanOut } from "@/bench/scenarios/fan-out";
import { history } from "@/bench/scenarios/history";
import { ingest } from "@/bench/scenarios/ingest";
import { soak } from "@/bench/scenarios/soak";
import { steady } from "@/bench/scenarios/steady";
import { sync } from "@/bench/scenarios/sync";
import { worker } from "@/bench/scenarios/worker";
import { seedBenchAccount } from "@/bench/seed-bench-account";
import type { BenchStripe } from "@/bench/start-bench-stripe";
import { db } from "@/lib/db";
import { log } from "@/tools/log";
import { runsQueue } from "@/lib/queue/runs-queue";

const RUNNERS: Record<string, (context: BenchContext) => Promise<ScenarioResult | ScenarioResult[]>> = {
  ingest,
  steady,
  "fan-out": fanOut,
  soak,
  worker,
  history,
  sync,
};

/**
 * With a baseline (BENCH_BASELINE), each scenario runs on the baseline's app first and then on this
 * checkout's, on a freshly started web server and worker each time, so that neither inherits the
 * other's warm caches or backlog.
 */
export async function runScenarios({
  config,
  customerio,
  stripe,
  port,
  env,
  only,
  baseline,
  after,
}: {
  config: BenchConfig;
  customerio: InstantCustomerio;
  stripe: BenchStripe;
  port: number;
  env: NodeJS.ProcessEnv;
  only: string[];
  baseline?: Baseline;
  /** Another commit to run as the "after" side instead of this checkout. */
  after?: Baseline;
}): Promise<ScenarioResult[]> {
  const single = await seedBenchAccount({ label: "single", matching: 1, others: 9 });
  const fanOutAccount = await seedBenchAccount({ label: "fan-out", matching: config.fanOutZaps, others: 0 });
  const current = after ? { cwd: after.dir } : {};
  const checkouts: { baseline?: string; cwd?: string }[] = baseline ? [{ baseline: baseline.commit, cwd: baseline.dir }, current] : [current];
  const results: ScenarioResult[] = [];
  try {
    for (const name of only) {
      const runner = RUNNERS[name];
      if (!runner) continue;
      for (const checkout of checkouts) {
        if (checkout.baseline) log(`bench: ${name}, on the baseline ${checkout.baseline}`);
        const app = await startBenchApp({ port, env, workers: 1, cwd: checkout.cwd });
        const context: BenchContext = {
          app,
          customerio,
          stripe,
          config,
          single,
          fanOut: fanOutAccount,
          webhookUrl: (account) => `${app.url}/api/webhooks/stripe/${account.stripeConnectionId}`,
          log: (message) => log(`bench: ${message}`),
        };
        try {
          const result = await runner(context);
          for (const each of Array.isArray(result) ? result : [result]) results.push(checkout.baseline ? { ...each, baseline: checkout.baseline } : each);
        } finally {
          await app.stop();
          await customerio.reset();
        }
      }
    }
  } finally {
    await runsQueue().close();
    await db.$disconnect();
  }
  return results;
}
