// What the connection card shows about how a Stripe connection's events reach Conduit: the intake
// mode, the newest event received (by any path), the last successful read of the Events API, the lag
// (how old the events Conduit has seen may be), and what went wrong, in words. Scoped by the owner:
// null for a connection that is not this user's Stripe connection. With `t`, what went wrong is in the
// viewer's language (from the stored messages); without, in English as the columns keep it.
import { stripeIntakeMode, type StripeIntakeMode } from "@/lib/catalog/stripe/intake/stripe-intake-mode";
import { connectionIdSchema } from "@/lib/connections/schema";
import { db } from "@/lib/db";
import type { Translate } from "@/lib/i18n/translator";
import { storedErrorText } from "@/lib/i18n/user-message";

export interface StripeSyncStatus {
  mode: StripeIntakeMode;
  /** True while the worker reads this connection (sync mode, an enabled zap uses it, not paused). */
  syncing: boolean;
  lastEvent: { at: Date; type: string } | null;
  /** The last poll of the Events API that succeeded (sync mode). */
  lastPolledAt: Date | null;
  /** Sync mode: how long ago Conduit last checked Stripe successfully (events newer than that may be waiting). */
  lagMs: number | null;
  lastCatchUpAt: Date | null;
  nextPollAt: Date | null;
  /** Why sync is stopped (Stripe refused the key); the user replaces the key to resume. */
  pausedReason: string | null;
  /** The current problem in words: the pause reason, or the last failed read while it lasts. */
  error: string | null;
}

export async function getStripeSyncStatus({
  userId,
  connectionId,
  now = new Date(),
  t,
}: {
  userId: string;
  connectionId: string;
  now?: Date;
  /** The viewer's language, for `pausedReason` and `error`; English (the stored text) without it. */
  t?: Translate;
}): Promise<StripeSyncStatus | null> {
  if (!connectionIdSchema.safeParse(connectionId).success) return null;
  const connection = await db.connection.findFirst({
    where: { id: connectionId, userId, app: "stripe" },
    select: {
      config: true,
      stripeSync: {
        select: {
          lastPolledAt: true,
          lastCatchUpAt: true,
          nextPollAt: true,
          pausedReason: true,
          pausedReasonMessage: true,
          lastError: true,
          lastErrorMessage: true,
          lastEventAt: true,
          lastEventType: true,
        },
      },
    },
  });
  if (!connection) return null;
  const [newest] = await db.$queryRaw<{ receivedAt: Date; type: string }[]>`
    SELECT "receivedAt", "type" FROM "StripeEvent" WHERE "connectionId" = ${connectionId}::uuid ORDER BY "receivedAt" DESC LIMIT 1`;
  const [enabled] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "Zap" z JOIN "ZapVersion" v ON v."id" = z."publishedVersionId"
    WHERE z."userId" = ${userId}::uuid AND z."enabled" AND z."deletedAt" IS NULL AND v."definition"->'trigger'->>'connectionId' = ${connectionId}`;
  const mode = stripeIntakeMode({ connection });
  const sync = connection.stripeSync;
  const shown = (error: string | null, errorMessage: unknown) => (t ? storedErrorText({ error, errorMessage, t }) : error);
  const paused = (sync?.pausedReason ?? null) !== null;
  const pausedReason = paused ? shown(sync?.pausedReason ?? null, sync?.pausedReasonMessage) : null;
  return {
    mode,
    syncing: mode === "sync" && (enabled?.count ?? 0) > 0 && !paused,
    lastEvent: newest ? { at: newest.receivedAt, type: newest.type } : null,
    lastPolledAt: sync?.lastPolledAt ?? null,
    lagMs: mode === "sync" && sync?.lastPolledAt ? Math.max(0, now.getTime() - sync.lastPolledAt.getTime()) : null,
    lastCatchUpAt: sync?.lastCatchUpAt ?? null,
    nextPollAt: mode === "sync" ? (sync?.nextPollAt ?? null) : null,
    pausedReason,
    error: pausedReason ?? shown(sync?.lastError ?? null, sync?.lastErrorMessage),
  };
}
