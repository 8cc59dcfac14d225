import { classifyCustomerioError } from "@/lib/catalog/customerio/classify-customerio-error";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";

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

/** What went wrong in a step, in the vendor's terms: retry it, fail it, or stop the run. */
export function classifyStepError({ app, error }: { app: string; error: unknown }): StepFailure {
  if (app === "customerio") return classifyCustomerioError({ error });
  if (app === "stripe") return classifyStripeError({ error });
  return { kind: "permanent", message: error instanceof Error ? error.message : String(error) };
}
