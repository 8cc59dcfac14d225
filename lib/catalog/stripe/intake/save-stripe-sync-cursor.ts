// After a page of polled events is recorded: moves the connection's cursor to the newest event of the
// page and renews the lease, only while this worker still holds it. False means the lease was lost
// (this worker stalled past it and another took over): the caller stops; nothing is lost, because the
// new holder reads from the cursor last saved and recording skips events already stored.
import { db } from "@/lib/db";

export async function saveStripeSyncCursor({
  syncId,
  holder,
  leaseMs,
  cursor,
  newestEvent,
}: {
  syncId: string;
  holder: string;
  leaseMs: number;
  cursor: string;
  /** The newest event of the page, for the connection card. */
  newestEvent?: { created: number; type: string };
}): Promise<boolean> {
  const saved = await db.stripeSync.updateMany({
    where: { id: syncId, leasedBy: holder, leaseUntil: { gt: new Date() } },
    data: {
      cursor,
      leaseUntil: new Date(Date.now() + leaseMs),
      ...(newestEvent ? { lastEventAt: new Date(newestEvent.created * 1000), lastEventType: newestEvent.type, lastActiveAt: new Date() } : {}),
    },
  });
  return saved.count === 1;
}
