// Tells a Stripe connection's owner that Conduit stopped reading its events because Stripe refused the
// key: by email through SMTP_URL, or in the log without it. Called once per pause (the poller pauses
// a connection once; a new key resumes it). The reason is a message, worded in the owner's language.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/is-locale";
import { translator } from "@/lib/i18n/translator";
import { userMessageText, type UserMessage } from "@/lib/i18n/user-message";
import { logger } from "@/lib/logger";
import { sendEmail } from "@/lib/notifications/send-email";

export async function notifyStripeSyncPaused({
  connectionId,
  reason,
}: {
  connectionId: string;
  /** Why sync paused (StripeSync.pausedReasonMessage). */
  reason: UserMessage;
}): Promise<"sent" | "logged" | "skipped" | "failed"> {
  const connection = await db.connection.findUnique({ where: { id: connectionId }, select: { label: true, user: { select: { email: true, locale: true } } } });
  if (!connection) return "skipped";
  // In the owner's language (Account page); English when they follow the browser, which an email cannot.
  const t = await translator({ locale: isLocale(connection.user.locale) ? connection.user.locale : undefined });
  const { label } = connection;
  const text = [
    t("emails.syncPaused.stopped", { label }),
    "",
    userMessageText({ message: reason, t }),
    "",
    t("emails.syncPaused.replaceKey", { link: new URL("/connections", env().APP_URL).toString() }),
    t("emails.syncPaused.catchUp"),
  ].join("\n");
  try {
    return await sendEmail({ to: connection.user.email, subject: t("emails.syncPaused.subject", { label }), text });
  } catch (error) {
    logger.error("sync-paused email not sent", { connectionId, error });
    return "failed";
  }
}
