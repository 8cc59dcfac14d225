/** How a step's vendor call failed, in the vendor's terms: retry it, fail it, or stop the run. */
export interface StepFailure {
  kind: "transient" | "permanent";
  message: string;
  status?: number;
  retryAfterMs?: number;
  /** The vendor's answer, kept for the run history. */
  body?: unknown;
  /** Not a failure: the step asked to end the run here (e.g. a lookup found nothing and should stop). */
  stop?: true;
}
