import { db } from "@/lib/db";
import { enqueueStripeImport } from "@/lib/catalog/stripe/import/enqueue-stripe-import";
import { IMPORT_NOT_FOUND, type StripeImportResult } from "@/lib/catalog/stripe/import/schema";
import { stripeImportView } from "@/lib/catalog/stripe/import/stripe-import-view";
import { refuseImport } from "@/lib/catalog/stripe/import/import-problem";

/** "Import past events", step two: the user saw the counts and asks for the new events to run. */
export async function confirmStripeImport({ userId, importId }: { userId: string; importId: string }): Promise<StripeImportResult> {
  const moved = await db.stripeEventImport.updateMany({
    where: { id: importId, status: "counted", zap: { userId, deletedAt: null } },
    data: { status: "importing" },
  });
  const row = await db.stripeEventImport.findFirst({ where: { id: importId, zap: { userId } } });
  if (!row) return { ok: false, message: IMPORT_NOT_FOUND };
  if (moved.count === 0) return row.status === "counted" ? { ok: false, message: IMPORT_NOT_FOUND } : refuseImport({ code: "notWaiting" });
  await enqueueStripeImport({ importId, phase: "import" });
  return { ok: true, import: stripeImportView(await db.stripeEventImport.findUniqueOrThrow({ where: { id: importId } })) };
}
