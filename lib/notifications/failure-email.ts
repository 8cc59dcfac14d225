import { catalogText } from "@/lib/catalog/catalog-text";
import { storedErrorText } from "@/lib/i18n/user-message";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** One line, so a zap name can never add headers to the email. */
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

/** `${APP_URL}${path}`, keeping a path APP_URL may carry (https://example.com/conduit). */
export function appLink({ appUrl, path }: { appUrl: string; path: string }): string {
  const base = new URL(appUrl);
  return `${base.origin}${base.pathname.replace(/\/+$/, "")}${path}`;
}

/**
 * The email about a zap's failed run, in `locale` (the recipient's language; English by default).
 * `count` is how many failed runs this email covers: the ones that failed while emails for the zap
 * were throttled, plus this one.
 */
export async function failureEmail({
  appUrl,
  zapId,
  zapName,
  runId,
  eventType,
  error,
  errorMessage,
  count,
  firstFailedAt,
  throttleMinutes,
  needsAttention = false,
  locale = DEFAULT_LOCALE,
}: {
  appUrl: string;
  zapId: string;
  zapName: string;
  runId: string;
  eventType: string;
  error: string | null;
  /** The message key `error` was written from (Run.errorMessage), to word it in `locale`. */
  errorMessage?: unknown;
  count: number;
  firstFailedAt: Date;
  throttleMinutes: number;
  /** The run (the latest this email covers) waits for its owner: a step's outcome is unknown. */
  needsAttention?: boolean;
  locale?: Locale;
}): Promise<{ subject: string; text: string }> {
  const [t, catalog] = await Promise.all([translator({ locale }), catalogText({ locale })]);
  const name = oneLine(zapName) || t("emails.failure.unnamedZap");
  const failedRuns = appLink({ appUrl, path: `/runs?zapId=${encodeURIComponent(zapId)}&status=FAILED&mode=live` });
  const lines = [
    needsAttention ? t("emails.failure.needsAttention", { name }) : t("emails.failure.failed", { name }),
    "",
    t("emails.failure.event", { type: eventType }),
    t("emails.failure.error", { error: storedErrorText({ error, errorMessage, t, catalog }) ?? t("emails.failure.noError") }),
    t("emails.failure.run", { link: appLink({ appUrl, path: `/runs/${encodeURIComponent(runId)}` }) }),
    ...(needsAttention ? [t("emails.failure.attentionHelp")] : []),
    "",
    ...(count > 1 ? [t("emails.failure.count", { count, since: formatDateTime({ date: firstFailedAt, locale }) }), ""] : []),
    ...(needsAttention ? [] : [t("emails.failure.allFailed", { link: failedRuns }), t("emails.failure.fix")]),
    "",
    t("emails.failure.throttle", { minutes: throttleMinutes }),
  ];
  return {
    subject: needsAttention ? t("emails.failure.subjectAttention", { name }) : t("emails.failure.subject", { name }),
    text: `${lines.join("\n")}\n`,
  };
}
