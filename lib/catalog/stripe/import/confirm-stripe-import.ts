import { db } from "@/lib/db";
import { enqueueStripeImport } from "@/lib/catalog/stripe/import/enqueue-stripe-import";
import { IMPORT_NOT_FOUND, type StripeImportResult } from "@/lib/catalog/stripe/import/schema";
import { stripeImportView } from "@/lib/catalog/stripe/import/stripe-import-view";
import { refuseImport } from "@/lib/catalog/stripe/import/import-problem";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** "Import past events", step two: the user saw the counts and asks for the new events to run (an error in `locale`, English by default). */
export async function confirmStripeImport({ userId, importId, locale }: { userId: string; importId: string; locale?: Locale }): Promise<StripeImportResult> {
  const moved = await db.stripeEventImport.updateMany({
    where: { id: importId, status: "counted", zap: { userId, deletedAt: null } },
    data: { status: "importing" },
  });
  const row = await db.stripeEventImport.findFirst({ where: { id: importId, zap: { userId } } });
  if (!row) return { ok: false, message: IMPORT_NOT_FOUND };
  if (moved.count === 0) return row.status === "counted" ? { ok: false, message: IMPORT_NOT_FOUND } : refuseImport({ code: "notWaiting" });
  await enqueueStripeImport({ importId, phase: "import" });
  const current = await db.stripeEventImport.findUniqueOrThrow({ where: { id: importId } });
  return { ok: true, import: stripeImportView({ row: current, t: await translator({ locale }) }) };
}
