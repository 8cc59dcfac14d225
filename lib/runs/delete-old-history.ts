// Retention: deletes stored events older than HISTORY_RETENTION_DAYS with their runs, steps and
// attempt logs (foreign keys cascade), in small batches so it never holds long locks. Events with a
// run still QUEUED or RUNNING or waiting for its owner (NEEDS_ATTENTION), or with a run younger than the retention (a replay), are kept. Safe to run from several workers at once:
// each batch skips rows another one has locked. Event ids are UUIDv7 (time first), so the oldest
// events are a range of the primary key, found without a scan of the table.
import { db } from "@/lib/db";

/** The smallest UUIDv7 of the millisecond `time`: every event received before it has a smaller id. */
export function uuidV7Floor(time: Date): string {
  const hex = time.getTime().toString(16).padStart(12, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

export async function deleteOldHistory({
  retentionDays,
  batch = 1_000,
  budgetMs = 10 * 60_000,
  shouldStop = () => false,
}: {
  retentionDays: number;
  batch?: number;
  /** Stops after this long (the next hourly pass goes on), so a large backlog never runs for hours. */
  budgetMs?: number;
  /** Checked between batches: the worker is shutting down. */
  shouldStop?: () => boolean;
}): Promise<{ deletedEvents: number }> {
  if (retentionDays <= 0) return { deletedEvents: 0 };
  const cutoff = new Date(Date.now() - retentionDays * 86_400_000);
  let deletedEvents = 0;
  const began = Date.now();
  while (Date.now() - began < budgetMs && !shouldStop()) {
    const deleted = await db.$executeRaw`
      DELETE FROM "StripeEvent" WHERE "id" IN (
        SELECT e."id" FROM "StripeEvent" e
        WHERE e."id" < ${uuidV7Floor(cutoff)}::uuid AND e."receivedAt" < ${cutoff}
          AND NOT EXISTS (SELECT 1 FROM "Run" r WHERE r."eventId" = e."id" AND (r."status" IN ('QUEUED', 'RUNNING', 'NEEDS_ATTENTION') OR r."createdAt" >= ${cutoff}))
        ORDER BY e."id"
        LIMIT ${batch}
        FOR UPDATE SKIP LOCKED
      )`;
    deletedEvents += deleted;
    if (deleted < batch) break;
  }
  return { deletedEvents };
}
