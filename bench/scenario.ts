// What every scenario gets and gives back.
import type { BenchAccount } from "@/bench/seed-bench-account";
import type { BenchApp } from "@/bench/bench-app";
import type { BenchConfig } from "@/bench/bench-config";
import type { InstantCustomerio } from "@/bench/instant-customerio";
import type { BenchStripe } from "@/bench/start-bench-stripe";

export interface BenchContext {
  app: BenchApp;
  customerio: InstantCustomerio;
  /** The Stripe stand-in the worker reads (STRIPE_API_BASE). */
  stripe: BenchStripe;
  config: BenchConfig;
  /** One matching zap (tag "0") and nine zaps on other triggers. */
  single: BenchAccount;
  /** Twenty zaps matching the same event (tags "0".."19"). */
  fanOut: BenchAccount;
  webhookUrl(account: BenchAccount): string;
  log(message: string): void;
}

export interface Figure {
  measure: string;
  value: number | null;
  unit: string;
  /** e.g. "≥ 2000"; met is null when the figure has no target. */
  target?: string;
  met?: boolean | null;
}

export interface ScenarioResult {
  scenario: string;
  /** Set on the figures of the baseline commit (BENCH_BASELINE), which the table shows as "before". */
  baseline?: string;
  figures: Figure[];
  /** Correctness: a figure from a run that lost or doubled anything is a failure, not a number. */
  correct: boolean;
  correctness: string;
  details?: Record<string, unknown>;
}

export const atLeast = (value: number | null, target: number) => (value === null ? false : value >= target);
export const atMost = (value: number | null, target: number) => (value === null ? false : value <= target);
