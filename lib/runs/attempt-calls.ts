// Reads the steps' histories (RunStep.history, written by execute-run.ts) back into each attempt's
// calls: what every step sent in that attempt and what came back, or that nothing did.
import { z } from "zod";
import type { SentRequest, VendorResponse } from "@/lib/http/sent-request";
import type { RunStepStatus } from "@/lib/generated/prisma/enums";
import type { CatalogText } from "@/lib/catalog/catalog-text";
import type { Translate } from "@/lib/i18n/translator";
import { storedErrorText } from "@/lib/i18n/user-message";
import type { RunAttemptCall } from "@/lib/runs/schema";
import { stepNumber } from "@/lib/zaps/step-number";

const entrySchema = z.object({
  attempt: z.number().int(),
  status: z.enum(["RUNNING", "SUCCEEDED", "FAILED", "SKIPPED", "UNKNOWN"]),
  startedAt: z.string(),
  exchanges: z
    .array(
      z.object({ request: z.custom<SentRequest>((value) => typeof value === "object" && value !== null), response: z.custom<VendorResponse>().optional() }),
    )
    .default([]),
  error: z.string().optional(),
  errorMessage: z.unknown().optional(),
});

/** Per attempt number, the calls of each step in step order (errors in `t`'s language); entries that do not parse are left out. */
export function attemptCalls({
  steps,
  t,
  catalog,
}: {
  steps: { stepIndex: number; actionName: string; history: unknown }[];
  t: Translate;
  catalog?: CatalogText;
}): Map<number, RunAttemptCall[]> {
  const calls = new Map<number, RunAttemptCall[]>();
  for (const step of steps) {
    for (const raw of Array.isArray(step.history) ? step.history : []) {
      const entry = entrySchema.safeParse(raw);
      if (!entry.success) continue;
      const list = calls.get(entry.data.attempt) ?? [];
      list.push({
        stepNumber: stepNumber({ index: step.stepIndex }),
        actionName: step.actionName,
        status: entry.data.status satisfies RunStepStatus,
        startedAt: entry.data.startedAt,
        exchanges: entry.data.exchanges.map((exchange) => ({ request: exchange.request, response: exchange.response ?? null })),
        error: storedErrorText({ error: entry.data.error ?? null, errorMessage: entry.data.errorMessage, t, catalog }),
      });
      calls.set(entry.data.attempt, list);
    }
  }
  for (const list of calls.values()) list.sort((a, b) => a.stepNumber - b.stepNumber);
  return calls;
}
