// The worker's job for one import (queue "stripe-imports"): counts the range ("counting" → "counted"),
// or, once the user confirmed, runs its new events ("importing" → "done"). What Stripe refuses ends
// the import as "failed" with what to do. Running a phase twice (a retried job) is harmless: counts
// are recomputed, and events the zap already ran are skipped.
import Stripe from "stripe";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { db } from "@/lib/db";
import { countStripeImport } from "@/lib/catalog/stripe/import/count-stripe-import";
import { loadStripeImportTarget } from "@/lib/catalog/stripe/import/load-stripe-import-target";
import { runStripeImportEvents } from "@/lib/catalog/stripe/import/run-stripe-import-events";

export async function processStripeImport({ importId, apiBase }: { importId: string; apiBase?: string }): Promise<void> {
  const row = await db.stripeEventImport.findUnique({
    where: { id: importId },
    select: { id: true, status: true, rangeStart: true, rangeEnd: true, zapId: true, zap: { select: { userId: true } } },
  });
  if (!row || (row.status !== "counting" && row.status !== "importing")) return;
  const fail = (error: string) => db.stripeEventImport.update({ where: { id: importId }, data: { status: "failed", error, finishedAt: new Date() } });
  const loaded = await loadStripeImportTarget({ userId: row.zap.userId, zapId: row.zapId });
  if (!loaded.ok) {
    await fail(loaded.message);
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

function describeFailure(error: Stripe.errors.StripeError): string {
  const classified = classifyStripeError({ error });
  if (classified.status === 401 || classified.status === 403) {
    return `Stripe refused to list this account's events: ${classified.message} Importing needs a key that may read events (a secret key, or a restricted key with Events: Read): replace the key on the Connections page, then import again.`;
  }
  return `Stripe could not list the events: ${classified.message} Nothing more was imported; start the import again to go on (events already run are skipped).`;
}
