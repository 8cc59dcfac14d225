import type { UserMessage } from "@/lib/i18n/user-message";

/**
 * How a step's vendor call failed, in the vendor's terms: retry it, fail it, or stop the run.
 * "transient": nothing took effect (no connection, or an answer such as 429 or 5xx), so a retry is
 * safe; "permanent": retrying will not help; "unknown": the request may have reached the vendor and
 * no answer came (timeout, connection closed), so only an idempotent step may be called again.
 */
export interface StepFailure {
  kind: "transient" | "permanent" | "unknown";
  /** In English, for logs and the `error` columns. */
  message: string;
  /** The same, as a message key to show in the viewer's language (lib/i18n/user-message.ts); without it, `message` is shown as is. */
  userMessage?: UserMessage;
  status?: number;
  retryAfterMs?: number;
  /** The vendor's answer, kept for the run history. */
  body?: unknown;
  /** Not a failure: the step asked to end the run here (e.g. a lookup found nothing and should stop). */
  stop?: true;
}
