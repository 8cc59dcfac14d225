// Tells a zap's owner that a run failed for good (or waits for them: NEEDS_ATTENTION): by email through SMTP_URL, or in the log without
// it. At most one email per zap per throttle window; the failures held back meanwhile are summed up
// by the zap's next email, so a burst of 1,000 failures sends one email, not 1,000.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/is-locale";
import { logger } from "@/lib/logger";
import { failureEmail } from "@/lib/notifications/failure-email";
import { sendEmail } from "@/lib/notifications/send-email";
import { redis, redisKey } from "@/lib/redis";

export const NOTIFY_THROTTLE_MS = 15 * 60_000;
/** An email never sums up failures older than this (such as those from before notifications existed). */
const LOOKBACK_MS = 24 * 60 * 60_000;

export type NotifyOutcome = "sent" | "logged" | "throttled" | "skipped" | "failed";

export async function notifyRunFailed({ runId, throttleMs = NOTIFY_THROTTLE_MS }: { runId: string; throttleMs?: number }): Promise<NotifyOutcome> {
  const run = await db.run.findUnique({ where: { id: runId }, select: { zapId: true, status: true, isTest: true, finishedAt: true, notifiedAt: true } });
  // Test runs are watched by whoever sent the test event; they never email.
  if (!run || (run.status !== "FAILED" && run.status !== "NEEDS_ATTENTION") || run.isTest || !run.finishedAt || run.notifiedAt) return "skipped";

  const now = new Date();
  // A run waiting for its owner has a throttle of its own: an email about failures of the same zap
  // must not keep its owner from hearing that a person is needed.
  const needsAttention = run.status === "NEEDS_ATTENTION";
  const gate = await redis().set(
    redisKey("notifications", "zap", run.zapId, ...(needsAttention ? ["attention"] : [])),
    String(now.getTime()),
    "PX",
    throttleMs,
    "NX",
  );
  if (gate !== "OK") return "throttled";

  // The conditional update is what makes it at most once: a run another worker claimed no longer has
  // notifiedAt null, so two workers never both email about it.
  const claimed = await db.run.updateManyAndReturn({
    where: {
      zapId: run.zapId,
      status: run.status,
      isTest: false,
      notifiedAt: null,
      finishedAt: { gte: new Date(Math.min(run.finishedAt.getTime(), now.getTime() - LOOKBACK_MS)) },
    },
    data: { notifiedAt: now },
    select: { id: true, finishedAt: true },
  });
  const latest = claimed.find((candidate) => candidate.id === runId) ?? claimed.toSorted((a, b) => Number(b.finishedAt) - Number(a.finishedAt))[0];
  if (!latest) return "skipped";

  const details = await db.run.findUniqueOrThrow({
    where: { id: latest.id },
    select: {
      error: true,
      errorMessage: true,
      status: true,
      event: { select: { type: true } },
      zap: { select: { id: true, name: true, user: { select: { email: true, locale: true } } } },
    },
  });
  const firstFailedAt = new Date(Math.min(...claimed.map((candidate) => Number(candidate.finishedAt ?? now))));
  const { locale } = details.zap.user;
  const email = await failureEmail({
    appUrl: env().APP_URL,
    zapId: details.zap.id,
    zapName: details.zap.name,
    runId: latest.id,
    eventType: details.event.type,
    error: details.error,
    errorMessage: details.errorMessage,
    count: claimed.length,
    firstFailedAt,
    throttleMinutes: Math.round(throttleMs / 60_000),
    needsAttention: details.status === "NEEDS_ATTENTION",
    // The account's language (Account page); English when it follows the browser, which an email cannot.
    locale: isLocale(locale) ? locale : undefined,
  });
  try {
    return await sendEmail({ to: details.zap.user.email, subject: email.subject, text: email.text });
  } catch (error) {
    // The runs stay marked: a retry could email twice if the server took the message before failing.
    logger.error("failure email not sent", { zapId: details.zap.id, runIds: claimed.map((candidate) => candidate.id), error });
    return "failed";
  }
}
