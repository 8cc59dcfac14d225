/** One line, so a zap name can never add headers to the email. */
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** `${APP_URL}${path}`, keeping a path APP_URL may carry (https://example.com/conduit). */
export function appLink({ appUrl, path }: { appUrl: string; path: string }): string {
  const base = new URL(appUrl);
  return `${base.origin}${base.pathname.replace(/\/+$/, "")}${path}`;
}

/**
 * The email about a zap's failed run. `count` is how many failed runs this email covers: the ones
 * that failed while emails for the zap were throttled, plus this one.
 */
export function failureEmail({
  appUrl,
  zapId,
  zapName,
  runId,
  eventType,
  error,
  count,
  firstFailedAt,
  throttleMinutes,
  needsAttention = false,
}: {
  appUrl: string;
  zapId: string;
  zapName: string;
  runId: string;
  eventType: string;
  error: string | null;
  count: number;
  firstFailedAt: Date;
  throttleMinutes: number;
  /** The run (the latest this email covers) waits for its owner: a step's outcome is unknown. */
  needsAttention?: boolean;
}): { subject: string; text: string } {
  const name = oneLine(zapName) || "A zap";
  const failedRuns = appLink({ appUrl, path: `/runs?zapId=${encodeURIComponent(zapId)}&status=FAILED&mode=live` });
  const lines = [
    needsAttention
      ? `A run of the zap "${name}" needs your attention: a step may or may not have taken effect, so Conduit did not send it again.`
      : `A run of the zap "${name}" failed and will not be retried.`,
    "",
    `Event: ${eventType}`,
    `Error: ${error ?? "no error message was recorded"}`,
    `Run: ${appLink({ appUrl, path: `/runs/${encodeURIComponent(runId)}` })}`,
    ...(needsAttention ? ["On the run's page, mark the step as sent or send it again."] : []),
    "",
    ...(count > 1 ? [`${count} runs of this zap have failed since ${utc(firstFailedAt)} (this one included).`, ""] : []),
    ...(needsAttention
      ? []
      : [`All failed runs of this zap: ${failedRuns}`, "Fix the cause (a mapping, a connection's keys), then replay the run from its page."]),
    "",
    `Conduit sends at most one email per zap every ${throttleMinutes} minutes; the Runs page lists every failure.`,
  ];
  return { subject: needsAttention ? `Conduit: ${name} needs your attention` : `Conduit: ${name} failed`, text: `${lines.join("\n")}\n` };
}
