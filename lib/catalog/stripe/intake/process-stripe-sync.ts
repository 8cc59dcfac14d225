// One claimed Stripe connection, once: resume it if its key changed since Stripe refused it, poll it
// (sync mode, when due), catch up (either mode, when due), then write what happened and when it is
// due next, extending the lease past that time so this worker stays its poller. Every write is
// guarded by the lease: a worker that lost it writes nothing.
import { catchUpStripeConnection, type StripeCatchUpResult } from "@/lib/catalog/stripe/intake/catch-up-stripe-connection";
import { pollStripeConnection, type StripePollResult } from "@/lib/catalog/stripe/intake/poll-stripe-connection";
import { stripeIntakeMode } from "@/lib/catalog/stripe/intake/stripe-intake-mode";
import { decodeConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UserMessage } from "@/lib/i18n/user-message";
import type { ClaimedStripeSync } from "@/lib/catalog/stripe/intake/claim-stripe-syncs";
import { stripeSyncDelay, QUIET_INTERVAL_MS } from "@/lib/catalog/stripe/intake/stripe-sync-delay";
import { notifyStripeSyncPaused } from "@/lib/catalog/stripe/intake/notify-stripe-sync-paused";
import type { StripeSyncFailure } from "@/lib/catalog/stripe/intake/classify-stripe-sync-error";

export const CATCH_UP_INTERVAL_MS = 10 * 60_000;

export interface ProcessedStripeSync {
  connectionId: string;
  poll?: StripePollResult;
  catchUp?: StripeCatchUpResult;
  /** Why sync paused, in English (as `pausedReason` keeps it). */
  paused?: string;
  /** The same, to show in the viewer's language (`pausedReasonMessage`). */
  pausedMessage?: UserMessage;
  resumed?: true;
}

export async function processStripeSync({
  sync,
  holder,
  leaseMs,
  intervalMs,
  apiBase,
}: {
  sync: ClaimedStripeSync;
  holder: string;
  leaseMs: number;
  intervalMs: number;
  apiBase?: string;
}): Promise<ProcessedStripeSync> {
  const decoded = decodeConnectionSecrets({
    row: { id: sync.connectionId, app: "stripe", config: sync.config, secretsKeyId: sync.secretsKeyId, secretsCiphertext: sync.secretsCiphertext },
  });
  if (decoded.app !== "stripe") throw new Error(`Connection ${sync.connectionId} is not a Stripe connection.`);
  const connection = { id: sync.connectionId, userId: sync.userId, config: decoded.config, secretKey: decoded.secrets.secretKey };
  const processed: ProcessedStripeSync = { connectionId: sync.connectionId };
  const data: Prisma.StripeSyncUpdateManyMutationInput = {};
  const now = () => new Date();
  const later = (ms: number) => new Date(Date.now() + ms);
  // Each failure is written twice: in English (lastError, pausedReason) and as its message (…Message).
  const failedWith = (failure: StripeSyncFailure) => ({ lastError: failure.message, lastErrorMessage: failure.userMessage, lastErrorAt: now() });
  const noError = { lastError: null, lastErrorMessage: Prisma.DbNull, lastErrorAt: null };
  const pause = (failure: StripeSyncFailure) => {
    processed.paused = failure.message;
    processed.pausedMessage = failure.userMessage;
  };

  if (sync.pausedReason !== null) {
    if (sync.pausedKeyLast4 === connection.config.keyLast4) {
      // Still the key Stripe refused: look again for a new key in a minute, without calling Stripe.
      return finish({ sync, holder, leaseMs, processed, data: { nextPollAt: later(QUIET_INTERVAL_MS), nextCatchUpAt: later(QUIET_INTERVAL_MS) } });
    }
    Object.assign(data, { pausedReason: null, pausedReasonMessage: Prisma.DbNull, pausedAt: null, pausedKeyLast4: null, ...noError, failures: 0 });
    processed.resumed = true;
    // Catch up on what Stripe kept while the key did not work.
    sync = { ...sync, pollDue: true, catchUpDue: true, failures: 0 };
  }

  const mode = stripeIntakeMode({ connection });
  if (sync.pollDue && mode === "sync") {
    const poll = await pollStripeConnection({ sync, connection, holder, leaseMs, apiBase });
    processed.poll = poll;
    if (poll.kind === "lease_lost") return processed;
    if (poll.kind === "ok") {
      const quietForMs = poll.recorded > 0 ? 0 : Date.now() - sync.lastActiveAt.getTime();
      Object.assign(data, {
        failures: 0,
        lastPolledAt: now(),
        ...noError,
        nextPollAt: later(stripeSyncDelay({ outcome: "ok", intervalMs, quietForMs })),
      });
    } else if (poll.kind !== "paused") {
      const failures = sync.failures + 1;
      Object.assign(data, {
        failures,
        ...failedWith(poll),
        nextPollAt: later(
          stripeSyncDelay({
            outcome: "failed",
            intervalMs,
            failures,
            ...("retryAfterMs" in poll && poll.retryAfterMs !== undefined ? { retryAfterMs: poll.retryAfterMs } : {}),
          }),
        ),
        // Stripe keeps events for 30 days: start again from the newest event's time.
        ...(poll.kind === "cursor_gone"
          ? { cursor: null, cursorCreated: Math.floor((sync.lastEventAt?.getTime() ?? Date.now()) / 1000), nextPollAt: now() }
          : {}),
      });
    } else {
      pause(poll);
    }
  } else if (sync.pollDue) {
    // Webhook mode: nothing to poll; look at the mode again in a minute.
    data.nextPollAt = later(QUIET_INTERVAL_MS);
  }

  if (sync.catchUpDue && processed.paused === undefined) {
    const catchUp = await catchUpStripeConnection({
      connection,
      startedAt: sync.createdAt,
      apiBase,
      renewLease: async () => (await db.stripeSync.updateMany({ where: { id: sync.id, leasedBy: holder }, data: { leaseUntil: later(leaseMs) } })).count === 1,
    });
    processed.catchUp = catchUp;
    if (catchUp.kind === "ok") Object.assign(data, { lastCatchUpAt: now(), nextCatchUpAt: later(CATCH_UP_INTERVAL_MS) });
    else if (catchUp.kind === "paused") pause(catchUp);
    else
      Object.assign(data, {
        ...failedWith(catchUp),
        nextCatchUpAt: later(stripeSyncDelay({ outcome: "failed", intervalMs: QUIET_INTERVAL_MS, failures: 1 })),
      });
  }

  if (processed.paused !== undefined && processed.pausedMessage !== undefined) {
    Object.assign(data, {
      pausedReason: processed.paused,
      pausedReasonMessage: processed.pausedMessage,
      pausedAt: now(),
      pausedKeyLast4: connection.config.keyLast4,
      lastError: processed.paused,
      lastErrorMessage: processed.pausedMessage,
      lastErrorAt: now(),
      nextPollAt: later(QUIET_INTERVAL_MS),
      nextCatchUpAt: later(QUIET_INTERVAL_MS),
    });
  }
  return finish({ sync, holder, leaseMs, processed, data });
}

async function finish({
  sync,
  holder,
  leaseMs,
  processed,
  data,
}: {
  sync: ClaimedStripeSync;
  holder: string;
  leaseMs: number;
  processed: ProcessedStripeSync;
  data: Prisma.StripeSyncUpdateManyMutationInput;
}): Promise<ProcessedStripeSync> {
  const current = await db.stripeSync.findUnique({ where: { id: sync.id }, select: { nextPollAt: true, nextCatchUpAt: true } });
  if (!current) return processed;
  const nextPollAt = (data.nextPollAt as Date | undefined) ?? current.nextPollAt;
  const nextCatchUpAt = (data.nextCatchUpAt as Date | undefined) ?? current.nextCatchUpAt;
  // Held past the next due time, so no other worker takes the connection while this one is alive.
  const leaseUntil = new Date(Math.max(Date.now(), Math.min(nextPollAt.getTime(), nextCatchUpAt.getTime())) + leaseMs);
  const written = await db.stripeSync.updateMany({ where: { id: sync.id, leasedBy: holder }, data: { ...data, leaseUntil } });
  if (written.count === 1 && processed.pausedMessage !== undefined)
    await notifyStripeSyncPaused({ connectionId: sync.connectionId, reason: processed.pausedMessage });
  return processed;
}
