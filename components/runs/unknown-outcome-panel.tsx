"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { resolveStep } from "@/app/(dashboard)/runs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { RunStepDetail, UnknownStepDecision } from "@/lib/runs/schema";

const SENT_AT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC" });

/**
 * What is known about a step whose outcome is unknown (a request that went out with no answer), and,
 * while the run waits for its owner, the two ways on: "Mark as sent" and "Send again".
 */
export function UnknownOutcomePanel({ runId, step, canResolve }: { runId: string; step: RunStepDetail; canResolve: boolean }) {
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
      setError("Conduit could not save your answer just now. Try again in a moment.");
    }
  }

  const effect = step.effect ?? `done what “${step.actionName}” does`;
  const pending = mutation.isPending ? mutation.variables.decision : null;
  return (
    <div role="note" aria-label="Outcome unknown" className="space-y-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-3 text-sm text-amber-900">
      <p>
        <span className="font-medium">Request sent at <time dateTime={step.startedAt}>{SENT_AT.format(new Date(step.startedAt))} UTC</time>, no answer:</span> {step.appName} may or may not have {effect}.
        Conduit does not send it again by itself, so that nothing happens twice.
      </p>
      {canResolve ? (
        <>
          <p>Check in {step.appName} whether it happened, then:</p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => resolve("mark_sent")} disabled={mutation.isPending || mutation.isSuccess}>
              {pending === "mark_sent" ? "Marking…" : "Mark as sent"}
            </Button>
            <Button variant="secondary" onClick={() => resolve("send_again")} disabled={mutation.isPending || mutation.isSuccess}>
              {pending === "send_again" ? "Sending…" : "Send again"}
            </Button>
          </div>
        </>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
