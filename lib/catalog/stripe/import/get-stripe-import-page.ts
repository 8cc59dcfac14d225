import { db } from "@/lib/db";
import { getStripeImport } from "@/lib/catalog/stripe/import/get-stripe-import";
import { loadStripeImportTarget } from "@/lib/catalog/stripe/import/load-stripe-import-target";
import type { StripeImportView } from "@/lib/catalog/stripe/import/schema";
import type { ImportProblem } from "@/lib/catalog/stripe/import/import-problem";
import type { Locale } from "@/lib/i18n/locales";

export interface StripeImportPage {
  zap: { id: string; name: string };
  /** The newest import into the zap, to show its progress or outcome. */
  latest: StripeImportView | null;
  /** Why the zap cannot import now (not published, no Stripe trigger…), or null. */
  problem: ImportProblem | null;
}

/** What the "Import past events" page of one of the user's zaps shows (the latest import's error in `locale`); null for a zap that is not theirs. */
export async function getStripeImportPage({ userId, zapId, locale }: { userId: string; zapId: string; locale?: Locale }): Promise<StripeImportPage | null> {
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { id: true, name: true } });
  if (!zap) return null;
  const [latest, target] = await Promise.all([getStripeImport({ userId, zapId, locale }), loadStripeImportTarget({ userId, zapId })]);
  // A refusal without a problem code: the zap was deleted since the query above.
  if (!target.ok && !("problem" in target)) return null;
  return { zap, latest, problem: target.ok ? null : target.problem };
}
