import { db } from "@/lib/db";
import type { StripeImportView } from "@/lib/catalog/stripe/import/schema";
import { stripeImportView } from "@/lib/catalog/stripe/import/stripe-import-view";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** One of the user's imports (by id), or the newest into a zap (by zapId), its error in `locale` (English by default); null when there is none. */
export async function getStripeImport({
  userId,
  importId,
  zapId,
  locale,
}: {
  userId: string;
  importId?: string;
  zapId?: string;
  locale?: Locale;
}): Promise<StripeImportView | null> {
  if (!importId && !zapId) return null;
  const row = await db.stripeEventImport.findFirst({
    where: { ...(importId ? { id: importId } : {}), ...(zapId ? { zapId } : {}), zap: { userId } },
    orderBy: { createdAt: "desc" },
  });
  return row ? stripeImportView({ row, t: await translator({ locale }) }) : null;
}
