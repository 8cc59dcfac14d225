// What the notification routes return to the browser. Timestamps are ISO strings.

export interface FailedRunsBadge {
  /** Capped at UNSEEN_FAILED_RUNS_CAP: anything above 99 shows as "99+". */
  count: number;
}

export interface ZapFailureSummary {
  count: number;
  /** How many of them wait for their owner (a step's outcome is unknown) rather than failed. */
  needsAttention: number;
  /** When the banner was last dismissed, or else when the first of these runs failed. */
  since: string;
  latest: { runId: string; error: string | null; finishedAt: string };
}

export const NOTIFICATION_POLL_MS = 15_000;
