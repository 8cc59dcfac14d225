import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/** Bounded, so an unreachable mail server holds a worker slot for seconds, not minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * Sends a plain-text email through SMTP_URL; without SMTP_URL the email is written to the log
 * instead, so an install without a mail server still has a record of it.
 */
export async function sendEmail({ to, subject, text }: { to: string; subject: string; text: string }): Promise<"sent" | "logged"> {
  const { SMTP_URL, MAIL_FROM, APP_URL } = env();
  if (!SMTP_URL) {
    logger.info("email not sent (SMTP_URL is not set)", { to, subject, text });
    return "logged";
  }
  const transport = nodemailer.createTransport({ url: SMTP_URL, ...TIMEOUTS });
  try {
    await transport.sendMail({ from: MAIL_FROM ?? `Conduit <conduit@${new URL(APP_URL).hostname}>`, to, subject, text });
  } finally {
    transport.close();
  }
  return "sent";
}
