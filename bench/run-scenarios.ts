// Starts web + worker, seeds the accounts, and runs the chosen scenarios in order. Imported only once
// the environment is set, because lib/db.ts connects on import.
import { startBenchApp } from "@/bench/bench-app";
import type { BenchConfig } from "@/bench/bench-config";
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

export async function runScenarios({
  config,
  customerio,
  stripe,
  port,
  env,
  only,
}: {
  config: BenchConfig;
  customerio: InstantCustomerio;
  stripe: BenchStripe;
  port: number;
  env: NodeJS.ProcessEnv;
  only: string[];
}): Promise<ScenarioResult[]> {
  const single = await seedBenchAccount({ label: "single", matching: 1, others: 9 });
  const fanOutAccount = await seedBenchAccount({ label: "fan-out", matching: config.fanOutZaps, others: 0 });
  const app = await startBenchApp({ port, env, workers: 1 });
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
  const results: ScenarioResult[] = [];
  try {
    for (const name of only) {
      const runner = RUNNERS[name];
      if (!runner) continue;
      const result = await runner(context);
      results.push(...(Array.isArray(result) ? result : [result]));
      await customerio.reset();
    }
  } finally {
    await app.stop();
    await runsQueue().close();
    await db.$disconnect();
  }
  return results;
}
