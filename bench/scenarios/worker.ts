// Worker throughput per process, and how it scales with 2 and 4 processes on the same machine.
import { atLeast, type BenchContext, type Figure, type ScenarioResult } from "@/bench/scenario";
import { drainBacklog, type DrainResult } from "@/bench/scenarios/worker-drain";

export async function worker(context: BenchContext): Promise<ScenarioResult[]> {
  const results: DrainResult[] = [];
  for (const workers of context.config.scalingWorkers) results.push(await drainBacklog(context, { workers }));
  await context.app.setWorkers(1);

  const [one, ...more] = results;
  const single: ScenarioResult = {
    scenario: "worker",
    figures: [
      {
        measure: `runs/s, 1 process, ${context.config.workerBacklog} backlog`,
        value: one?.runsPerSecond ?? null,
        unit: "/s",
        target: "≥ 1000",
        met: atLeast(one?.runsPerSecond ?? null, 1_000),
      },
    ],
    correct: one?.ok ?? false,
    correctness: one?.correctness ?? "not run",
  };
  const figures: Figure[] = more.map((result) => ({
    measure: `${result.workers} processes: runs/s (× vs 1)`,
    value: result.runsPerSecond,
    unit: one?.runsPerSecond && result.runsPerSecond ? `/s (×${(result.runsPerSecond / one.runsPerSecond).toFixed(2)})` : "/s",
  }));
  const scaling: ScenarioResult = {
    scenario: "scaling",
    figures,
    correct: more.every((result) => result.ok),
    correctness: more.map((result) => `${result.workers} workers: ${result.correctness}`).join("; "),
  };
  return [single, scaling];
}
