"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { resolveStep } from "@/app/(dashboard)/runs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import type { RunStepDetail, UnknownStepDecision } from "@/lib/runs/schema";

/**
 * What is known about a step whose outcome is unknown (a request that went out with no answer), and,
 * while the run waits for its owner, the two ways on: "Mark as sent" and "Send again".
 */
export function UnknownOutcomePanel({ runId, step, canResolve }: { runId: string; step: RunStepDetail; canResolve: boolean }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const mutation = useMutation({ mutationFn: resolveStep });

  async function resolve(decision: UnknownStepDecision) {
    setError(undefined);
    try {
      const result = await mutation.mutateAsync({ runId, stepIndex: step.stepIndex, decision });
      if (!result.ok) setError(result.message);
      await Promise.all([queryClient.invalidateQueries({ queryKey: ["run", runId] }), queryClient.invalidateQueries({ queryKey: ["runs"] })]);
    } catch {
      setError(t("runs.unknown.unreachable"));
    }
  }

  const effect = step.effect ?? t("runs.unknown.defaultEffect", { name: step.actionName });
  const pending = mutation.isPending ? mutation.variables.decision : null;
  return (
    <div role="note" aria-label={t("runs.unknown.label")} className="space-y-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-3 text-sm text-amber-900">
      <p>
        {t.rich("runs.unknown.summary", {
          app: step.appName,
          effect,
          sent: (chunks) => <span className="font-medium">{chunks}</span>,
          time: () => <LocalTime iso={step.startedAt} />,
        })}
      </p>
      {canResolve ? (
        <>
          <p>{t("runs.unknown.check", { app: step.appName })}</p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => resolve("mark_sent")} disabled={mutation.isPending || mutation.isSuccess}>
              {pending === "mark_sent" ? t("runs.unknown.marking") : t("runs.unknown.markSent")}
            </Button>
            <Button variant="secondary" onClick={() => resolve("send_again")} disabled={mutation.isPending || mutation.isSuccess}>
              {pending === "send_again" ? t("runs.unknown.sending") : t("runs.unknown.sendAgain")}
            </Button>
          </div>
        </>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
