// "Import past events" into a zap: what the page sends, and what it polls back.
import { z } from "zod";
import type { ImportProblem } from "@/lib/catalog/stripe/import/import-problem";
import { zapIdSchema } from "@/lib/zaps/schema";

export const IMPORT_NOT_FOUND = "This import does not exist, or it belongs to another account.";
export const IMPORT_STATUSES = ["counting", "counted", "importing", "done", "failed"] as const;
export type StripeImportStatus = (typeof IMPORT_STATUSES)[number];
/** Stripe keeps events for 30 days. */
export const IMPORT_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

export const startStripeImportInputSchema = z.object({
  zapId: zapIdSchema,
  from: z.iso.datetime({ offset: true, error: "Choose when the range starts." }).transform((value) => new Date(value)),
  to: z.iso.datetime({ offset: true, error: "Choose when the range ends." }).transform((value) => new Date(value)),
});
export type StartStripeImportInput = z.infer<typeof startStripeImportInputSchema>;

export const stripeImportIdSchema = z.uuid(IMPORT_NOT_FOUND);
export const confirmStripeImportInputSchema = z.object({ importId: stripeImportIdSchema });

export interface StripeImportView {
  id: string;
  zapId: string;
  status: StripeImportStatus;
  rangeStart: string;
  rangeEnd: string;
  /** Events of the trigger's types Stripe holds in the range (so far, while counting). */
  total: number | null;
  /** Of those, events that already have a run of this zap: never run again. */
  alreadyRun: number | null;
  /** Of those without a run, events the trigger's options skip. */
  notMatching: number | null;
  /** What importing will run: total − alreadyRun − notMatching (once counted). */
  toImport: number | null;
  processed: number;
  imported: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** `problem`: the refusal as a code and values, for the viewer's language (import-problem.ts). */
export type StripeImportResult = { ok: true; import: StripeImportView } | { ok: false; message: string; problem?: ImportProblem };
