// Tells a Stripe connection's owner that Conduit stopped reading its events because Stripe refused the
// key: by email through SMTP_URL, or in the log without it. Called once per pause (the poller pauses
// a connection once; a new key resumes it).
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendEmail } from "@/lib/notifications/send-email";

export async function notifyStripeSyncPaused({
  connectionId,
  reason,
}: {
  connectionId: string;
  reason: string;
}): Promise<"sent" | "logged" | "skipped" | "failed"> {
  const connection = await db.connection.findUnique({ where: { id: connectionId }, select: { label: true, user: { select: { email: true } } } });
  if (!connection) return "skipped";
  const text = [
    `Conduit stopped reading new events of your Stripe connection “${connection.label}”, so its zaps do not run.`,
    "",
    reason,
    "",
    `Replace the key on the Connections page: ${new URL("/connections", env().APP_URL).toString()}`,
    "Once the new key works, Conduit catches up on the events Stripe kept meanwhile (up to 30 days).",
  ].join("\n");
  try {
    return await sendEmail({ to: connection.user.email, subject: `Conduit: Stripe events of ${connection.label} are not being read`, text });
  } catch (error) {
    logger.error("sync-paused email not sent", { connectionId, error });
    return "failed";
  }
}
