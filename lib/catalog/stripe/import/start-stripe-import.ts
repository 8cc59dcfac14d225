// "Import past events", step one: checks the zap and the range, records the import and asks the
// worker to count the events (count-stripe-import.ts). Nothing runs until the user confirms.
import { stripeAccountKey } from "@/lib/catalog/stripe/connection/stripe-account-key";
import { db } from "@/lib/db";
import { checkImportRange } from "@/lib/catalog/stripe/import/check-import-range";
import { enqueueStripeImport } from "@/lib/catalog/stripe/import/enqueue-stripe-import";
import { loadStripeImportTarget } from "@/lib/catalog/stripe/import/load-stripe-import-target";
import type { StartStripeImportInput, StripeImportResult } from "@/lib/catalog/stripe/import/schema";
import { stripeImportView } from "@/lib/catalog/stripe/import/stripe-import-view";
import { problemTime, refuseImport } from "@/lib/catalog/stripe/import/import-problem";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export async function startStripeImport({
  userId,
  input,
  now = new Date(),
  locale,
}: {
  userId: string;
  input: StartStripeImportInput;
  now?: Date;
  /** The language of the import's error, when handing it to the worker failed (English by default). */
  locale?: Locale;
}): Promise<StripeImportResult> {
  const loaded = await loadStripeImportTarget({ userId, zapId: input.zapId });
  if (!loaded.ok) return loaded;
  const problem = checkImportRange({ from: input.from, to: input.to, now });
  if (problem) return refuseImport(problem);
  const earlier = await earlierConnectionDeletedAfter({ userId, config: loaded.target.connection.config, from: input.from });
  if (earlier) return refuseImport({ code: "earlierConnection", values: { time: problemTime(earlier) } });
  // An import writes its progress after every page: one silent for 10 minutes lost its worker for good.
  const busy = await db.stripeEventImport.findFirst({
    where: { zapId: input.zapId, status: { in: ["counting", "importing"] }, updatedAt: { gt: new Date(now.getTime() - 10 * 60_000) } },
    select: { id: true },
  });
  if (busy) return refuseImport({ code: "busy" });
  const row = await db.stripeEventImport.create({
    data: { zapId: input.zapId, rangeStart: input.from, rangeEnd: input.to > now ? now : input.to, status: "counting" },
  });
  await enqueueStripeImport({ importId: row.id, phase: "count" });
  const current = await db.stripeEventImport.findUniqueOrThrow({ where: { id: row.id } });
  return { ok: true, import: stripeImportView({ row: current, t: await translator({ locale }) }) };
}

/**
 * When the user deleted an earlier connection of the same Stripe account after `from`: deleting a
 * connection deletes its events and their runs, so the events it received can no longer be told apart.
 */
async function earlierConnectionDeletedAfter({ userId, config, from }: { userId: string; config: unknown; from: Date }): Promise<Date | null> {
  const accountKey = stripeAccountKey(config);
  if (!accountKey) return null;
  const deleted = await db.deletedConnection.findFirst({
    where: { userId, app: "stripe", accountKey, deletedAt: { gt: from } },
    orderBy: { deletedAt: "desc" },
    select: { deletedAt: true },
  });
  return deleted?.deletedAt ?? null;
}
