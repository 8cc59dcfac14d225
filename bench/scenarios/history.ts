// History: the run list's first page and a run's detail, with 200,000 runs in the account, through
// the same API routes the runs pages poll, signed in with a real session cookie.
import { percentiles } from "@/bench/percentiles";
import { atMost, type BenchContext, type ScenarioResult } from "@/bench/scenario";
import { seedRunHistory } from "@/bench/seed-run-history";
import { signInCookie } from "@/bench/sign-in-cookie";

export async function history(context: BenchContext): Promise<ScenarioResult> {
  const { config, single, app } = context;
  context.log(`history: seeding ${config.historyRuns} finished runs`);
  const { runIds } = await seedRunHistory({ stripeConnectionId: single.stripeConnectionId, zapId: single.zapIds[0] as string, count: config.historyRuns });
  const cookie = await signInCookie({ userId: single.userId });

  const time = async (path: string): Promise<number> => {
    const began = performance.now();
    const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return performance.now() - began;
  };
  const measure = async (paths: () => string): Promise<ReturnType<typeof percentiles>> => {
    for (let i = 0; i < 10; i += 1) await time(paths()); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < config.historyRequests; i += 1) samples.push(await time(paths()));
    return percentiles(samples.map((ms) => Math.round(ms * 10) / 10));
  };

  context.log(`history: ${config.historyRequests} requests each for the list, a filtered list and run details`);
  const list = await measure(() => "/api/runs");
  const failed = await measure(() => "/api/runs?status=FAILED");
  const detail = await measure(() => `/api/runs/${runIds[Math.floor(Math.random() * runIds.length)]}`);
  const page = await measure(() => "/runs");
  return {
    scenario: "history",
    figures: [
      { measure: `run list, first page (${config.historyRuns} runs) p50`, value: list.p50, unit: "ms" },
      { measure: "run list, first page p99", value: list.p99, unit: "ms", target: "≤ 200", met: atMost(list.p99, 200) },
      { measure: "run list filtered to failed p99", value: failed.p99, unit: "ms", target: "≤ 200", met: atMost(failed.p99, 200) },
      { measure: "run detail p50", value: detail.p50, unit: "ms" },
      { measure: "run detail p99", value: detail.p99, unit: "ms", target: "≤ 200", met: atMost(detail.p99, 200) },
      { measure: "runs page (HTML) p99", value: page.p99, unit: "ms" },
    ],
    correct: true,
    correctness: `${config.historyRuns} runs seeded; every request answered 200`,
  };
}
