import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";
import type { RunWaiting } from "@/lib/runs/schema";

/**
 * Beside a waiting run's status: "attempt 3 of 9 · next at 14:05 · last error: …" while it waits for
 * its next attempt, or that it goes on once the app answers while it waits for a connection.
 */
export function RunWaitingNote({ waiting, error }: { waiting: RunWaiting; error: string | null }) {
  const t = useTranslations();
  if (waiting.waitingFor) {
    return <span className="text-xs text-slate-600">{t("runs.waiting.forApp", { app: waiting.waitingFor })}</span>;
  }
  return (
    <span className="text-xs text-slate-600">
      {t("runs.waiting.attempt", { number: waiting.nextAttempt, max: waiting.maxAttempts })}
      {waiting.nextAttemptAt ? (
        <>
          {` · ${t("runs.waiting.nextAt")} `}
          <LocalTime iso={waiting.nextAttemptAt} />
        </>
      ) : null}
      {error ? ` · ${t("runs.waiting.lastError", { error })}` : null}
    </span>
  );
}
