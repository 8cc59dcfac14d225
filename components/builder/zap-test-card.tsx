"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { testWholeZap } from "@/app/(dashboard)/zaps/[id]/actions";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { RunStepCard } from "@/components/runs/run-step-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TestZapResult } from "@/lib/zaps/test-zap";
import { isFilterStep } from "@/lib/zaps/is-filter-step";

const OUTCOME_TONE = { succeeded: "success", filtered: "info", failed: "error" } as const;

/**
 * "Test the whole zap": runs the saved draft from the sample event through every step, as a run
 * would (lookups for real, actions as dry runs unless the user ticks "send"), and shows each step
 * as the run history does.
 */
export function ZapTestCard() {
  const t = useTranslations();
  const format = useFormatter();
  const { zapId, state, dispatch, catalog, flush } = useZapDraft();
  const [send, setSend] = useState(false);
  const [result, setResult] = useState<TestZapResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const checkboxId = useId();
  const test = useMutation({ mutationFn: testWholeZap });
  const actionApps = [
    ...new Set(
      state.definition.steps.flatMap((step) => {
        if (isFilterStep(step)) return [];
        const type = catalog.stepTypes.find((entry) => entry.app === step.app && entry.key === step.key);
        return type?.kind === "action" ? [type.appName] : [];
      }),
    ),
  ];

  async function onTest() {
    setFailure(null);
    setResult(null);
    if (!(await flush())) return setFailure(t("builder.saveFirst"));
    const answer = await test.mutateAsync({ zapId, send }).catch(() => null);
    if (!answer) return setFailure(t("builder.zapTest.unreachable"));
    if (!answer.ok) return setFailure(answer.message);
    setResult(answer);
    if (Object.keys(answer.stepTests).length > 0) dispatch({ type: "stepsTested", tests: answer.stepTests });
  }

  return (
    <section aria-labelledby={`${checkboxId}-heading`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${checkboxId}-heading`} className="font-semibold text-slate-900">
        {t("builder.zapTest.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("builder.zapTest.intro", { actions: actionApps.length > 0 ? "yes" : "no" })}</p>
      {actionApps.length > 0 ? (
        <label htmlFor={checkboxId} className="flex items-center gap-2 text-sm text-slate-800">
          <input id={checkboxId} type="checkbox" checked={send} onChange={(event) => setSend(event.target.checked)} />
          {t("builder.zapTest.send", { apps: format.list(actionApps, { type: "conjunction" }) })}
        </label>
      ) : null}
      <Button onClick={() => void onTest()} disabled={test.isPending}>
        {test.isPending ? t("builder.zapTest.testing") : t("builder.zapTest.title")}
      </Button>
      {failure ? <Alert>{failure}</Alert> : null}
      {result?.ok ? (
        <div className="space-y-3" data-testid="zap-test-result">
          <Alert tone={OUTCOME_TONE[result.outcome]}>{result.message}</Alert>
          <p className="text-xs text-slate-500">
            {t.rich("builder.zapTest.sampleEvent", {
              type: result.sampleEvent.type,
              id: result.sampleEvent.id,
              mono: (chunks) => <span className="font-mono">{chunks}</span>,
            })}
          </p>
          {result.steps.length > 0 ? (
            <ol className="space-y-4" aria-label={t("builder.zapTest.steps")}>
              {result.steps.map((step) => (
                <RunStepCard key={step.detail.stepIndex} step={step.detail} runId="">
                  {step.dryRun ? <p className="text-sm text-slate-600">{t("builder.zapTest.dryRun", { app: step.detail.appName })}</p> : null}
                  {step.notes.length > 0 ? (
                    <Alert tone="info">
                      <ul className="list-disc pl-4">
                        {step.notes.map((note) => (
                          <li key={note}>{note}</li>
                        ))}
                      </ul>
                    </Alert>
                  ) : null}
                </RunStepCard>
              ))}
            </ol>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
