// Durations, rates and sizes of the scenarios: the figures, or a quick pass
// (BENCH_QUICK=1) that checks the harness itself in a couple of minutes.
export interface BenchConfig {
  quick: boolean;
  ingestDurationS: number;
  ingestConnections: number;
  ackRate: number;
  ackDurationS: number;
  /** Open-loop rates of the steady scenario, one pass each (BENCH_STEADY_RATES=30,200,500). */
  steadyRates: number[];
  steadyDurationS: number;
  workerBacklog: number;
  scalingWorkers: number[];
  fanOutZaps: number;
  fanOutEvents: number;
  soakRate: number;
  soakDurationS: number;
  historyRuns: number;
  historyRequests: number;
  /** Sync-mode Stripe connections (one stand-in account each, one enabled zap each). */
  syncConnections: number;
  /** Events a second appended to the Stripe stand-in, spread over the connections. */
  syncRate: number;
  syncDurationS: number;
  /** Events appended at once to one connection, to time how fast one worker reads a backlog. */
  syncBurst: number;
  /** The worker's STRIPE_SYNC_INTERVAL_MS, one pass each (BENCH_SYNC_INTERVALS=5000,1000). */
  syncIntervalsMs: number[];
}

export function benchConfig({ quick }: { quick: boolean }): BenchConfig {
  return {
    quick,
    ingestDurationS: quick ? 5 : 30,
    ingestConnections: 32,
    ackRate: 500,
    ackDurationS: quick ? 5 : 20,
    steadyRates: (process.env.BENCH_STEADY_RATES ?? "30,200,500").split(",").map(Number),
    steadyDurationS: quick ? 5 : 30,
    workerBacklog: quick ? 2_000 : 20_000,
    scalingWorkers: (process.env.BENCH_WORKERS ?? "1,2,4").split(",").map(Number),
    fanOutZaps: 20,
    fanOutEvents: quick ? 20 : 100,
    soakRate: 100,
    soakDurationS: quick ? 10 : 600,
    historyRuns: quick ? 20_000 : 200_000,
    historyRequests: quick ? 50 : 300,
    syncConnections: 10,
    syncRate: 20,
    syncDurationS: quick ? 15 : 60,
    syncBurst: quick ? 500 : 3_000,
    syncIntervalsMs: (process.env.BENCH_SYNC_INTERVALS ?? "5000,1000").split(",").map(Number),
  };
}
