"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { testStep } from "@/app/(dashboard)/zaps/[id]/actions";
import { StepOutputView } from "@/components/builder/step-output-view";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { stepTestOf } from "@/components/builder/zap-draft-selectors";
import { JsonViewer } from "@/components/runs/json-viewer";
import { RecordedRequestView } from "@/components/runs/recorded-request-view";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { LocalTime } from "@/components/ui/local-time";
import type { OutputField } from "@/lib/catalog/define";
import type { JsonValue } from "@/lib/json-value";
import type { StepConfig } from "@/lib/zaps/schema";
import type { StepTestState } from "@/lib/zaps/step-test-state";
import type { TestZapStepResult } from "@/lib/zaps/test-zap-step";

/** Why a kept test's output no longer feeds later steps; null while it does, or when there is none. */
const STALE = {
  tested: null,
  untested: null,
  step_changed: "builder.stepTest.stale.stepChanged",
  sample_changed: "builder.stepTest.stale.sampleChanged",
  earlier_changed: "builder.stepTest.stale.earlierChanged",
} as const satisfies Record<StepTestState, string | null>;

/**
 * "Test this step": a dry run shows the exact HTTP request without sending it; "Send for real"
 * (after a warning) calls the vendor and shows its answer; a lookup runs for real and shows its
 * output fields, with its HTTP calls underneath. Tests map from the sample event and the earlier
 * steps' tested outputs (their example values where they were not tested, as the result says). A
 * real test's output is kept with the zap: later steps map from it, also after a reload.
 */
export function StepTestPanel({
  step,
  number,
  appName,
  kind,
  outputFields,
}: {
  step: StepConfig;
  number: number;
  appName: string;
  kind: "lookup" | "action";
  outputFields: readonly OutputField[];
}) {
  const t = useTranslations();
  const { zapId, state, dispatch, flush, sample } = useZapDraft();
  const [result, setResult] = useState<TestZapStepResult | null>(null);
  const [mode, setMode] = useState<"dry_run" | "send" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const test = useMutation({ mutationFn: testStep });
  const kept = stepTestOf({ state, step, sample });

  async function run(next: "dry_run" | "send") {
    // Sending right after a dry run sends exactly the request the dry run showed (same event id);
    // any other send gets a fresh id, so Customer.io does not drop it as a duplicate.
    const shownByDryRun = next === "send" && mode === "dry_run" && result?.ok ? result.testId : undefined;
    setFailure(null);
    setMode(next);
    if (!(await flush())) return setFailure(t("builder.saveFirst"));
    const answer = await test.mutateAsync({ zapId, stepId: step.id, mode: next, testId: shownByDryRun }).catch(() => null);
    if (!answer) {
      setResult(null);
      return setFailure(t("builder.stepTest.unreachable"));
    }
    setResult(answer);
    if (answer.ok && answer.stepTest) dispatch({ type: "stepsTested", tests: { [step.id]: answer.stepTest } });
  }

  // A lookup only reads, so it runs for real without a warning.
  const sendLabel = kind === "lookup" ? t("builder.stepTest.runLookup") : t("builder.sendForReal");
  const stale = STALE[kept.state];
  return (
    <section aria-label={t("builder.stepTest.title")} className="space-y-3 rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-slate-900">{t("builder.stepTest.title")}</span>
        {kind === "action" ? (
          <Button variant="secondary" onClick={() => void run("dry_run")} disabled={test.isPending}>
            {test.isPending && mode === "dry_run" ? t("builder.stepTest.preparing") : t("builder.stepTest.dryRun")}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={() => (kind === "lookup" ? void run("send") : setConfirming(true))} disabled={test.isPending}>
          {test.isPending && mode === "send" ? t("builder.sending") : sendLabel}
        </Button>
      </div>
      {failure ? <Alert>{failure}</Alert> : null}
      {result ? (
        <TestResult result={result} dryRun={mode === "dry_run"} appName={appName} kind={kind} number={number} outputFields={outputFields} />
      ) : kept.test ? (
        <div className="space-y-2" data-testid="step-kept-test">
          <p className="text-sm text-slate-700">
            {t.rich("builder.stepTest.lastTest", {
              current: kept.state === "tested" ? "yes" : "no",
              time: () => <LocalTime iso={kept.test?.testedAt ?? ""} />,
            })}
          </p>
          {stale ? <Alert tone="warning">{t(stale)}</Alert> : null}
          <StepOutputView fields={outputFields} output={kept.test.output} label={t("builder.stepTest.output", { number })} />
        </div>
      ) : null}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        role="alertdialog"
        title={t("builder.stepTest.confirmTitle", { app: appName })}
        description={t("builder.stepTest.confirmDescription", { app: appName })}
      >
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("builder.cancel")}
          </Button>
          <Button
            onClick={() => {
              setConfirming(false);
              void run("send");
            }}
          >
            {t("builder.sendForReal")}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}

function TestResult({
  result,
  dryRun,
  appName,
  kind,
  number,
  outputFields,
}: {
  result: TestZapStepResult;
  dryRun: boolean;
  appName: string;
  kind: "lookup" | "action";
  number: number;
  outputFields: readonly OutputField[];
}) {
  const t = useTranslations();
  const requests = result.request ?? [];
  const calls = (
    <>
      {requests.length > 0 ? <RecordedRequestView requests={requests} /> : null}
      {result.response ? <JsonViewer value={result.response as JsonValue} label={t("builder.stepTest.answer", { app: appName })} openDepth={2} /> : null}
    </>
  );
  const examples = result.examples ?? [];
  const success = dryRun
    ? t("builder.stepTest.dryRunDone", { app: appName })
    : kind === "lookup"
      ? t("builder.stepTest.lookupDone")
      : t("builder.stepTest.actionDone", { app: appName });
  return (
    <div className="space-y-3" data-testid="step-test-result">
      {result.ok ? <Alert tone="success">{success}</Alert> : <Alert>{result.message}</Alert>}
      {examples.length > 0 ? (
        <Alert tone="info">
          <ul className="list-disc pl-4">
            {examples.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {result.warnings && result.warnings.length > 0 ? (
        <Alert tone="warning">
          <ul className="list-disc pl-4">
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {result.ok && result.output !== undefined && outputFields.length > 0 ? (
        <StepOutputView fields={outputFields} output={result.output} label={t("builder.stepTest.output", { number })} />
      ) : null}
      {result.ok && result.output !== undefined && kind === "lookup" ? (
        <details className="rounded-md border border-slate-200 p-2">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("builder.stepTest.calls", { count: requests.length })}</summary>
          <div className="mt-2 space-y-3">{calls}</div>
        </details>
      ) : (
        calls
      )}
    </div>
  );
}
