// The worker's job for one import (queue "stripe-imports"): counts the range ("counting" → "counted"),
// or, once the user confirmed, runs its new events ("importing" → "done"). What Stripe refuses ends
// the import as "failed" with what to do. Running a phase twice (a retried job) is harmless: counts
// are recomputed, and events the zap already ran are skipped. A failure is stored in English (`error`)
// and as its message (`errorMessage`), which the import page shows in the viewer's language.
import Stripe from "stripe";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { db } from "@/lib/db";
import { countStripeImport } from "@/lib/catalog/stripe/import/count-stripe-import";
import { loadStripeImportTarget } from "@/lib/catalog/stripe/import/load-stripe-import-target";
import { runStripeImportEvents } from "@/lib/catalog/stripe/import/run-stripe-import-events";
import { importProblemMessage } from "@/lib/catalog/stripe/import/import-problem";
import { englishText, said, type UserMessage } from "@/lib/i18n/user-message";

export async function processStripeImport({ importId, apiBase }: { importId: string; apiBase?: string }): Promise<void> {
  const row = await db.stripeEventImport.findUnique({
    where: { id: importId },
    select: { id: true, status: true, rangeStart: true, rangeEnd: true, zapId: true, zap: { select: { userId: true } } },
  });
  if (!row || (row.status !== "counting" && row.status !== "importing")) return;
  const fail = (message: UserMessage) =>
    db.stripeEventImport.update({
      where: { id: importId },
      data: { status: "failed", error: englishText(message), errorMessage: message, finishedAt: new Date() },
    });
  const loaded = await loadStripeImportTarget({ userId: row.zap.userId, zapId: row.zapId });
  if (!loaded.ok) {
    // The zap is gone (imports.errors.zapNotFound, as loaded.message says), or cannot import any more.
    await fail("problem" in loaded ? importProblemMessage(loaded.problem) : said("imports.errors.zapNotFound"));
    return;
  }
  const phase = { importId, target: loaded.target, rangeStart: row.rangeStart, rangeEnd: row.rangeEnd, apiBase };
  try {
    if (row.status === "counting") {
      const counts = await countStripeImport(phase);
      await db.stripeEventImport.update({ where: { id: importId }, data: { ...counts, status: "counted" } });
    } else {
      const progress = await runStripeImportEvents(phase);
      await db.stripeEventImport.update({ where: { id: importId }, data: { ...progress, status: "done", finishedAt: new Date() } });
    }
  } catch (error) {
    // Stripe's answers are the import's business; a database or Redis failure is the worker's (the job is retried).
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    await fail(describeFailure(error));
  }
}

function describeFailure(error: Stripe.errors.StripeError): UserMessage {
  const classified = classifyStripeError({ error });
  if (classified.status === 401 || classified.status === 403) return said("imports.errors.keyRefused", { reason: classified.userMessage });
  return said("imports.errors.listFailed", { reason: classified.userMessage });
}
