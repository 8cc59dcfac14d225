"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { testStep } from "@/app/(dashboard)/zaps/[id]/actions";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { JsonViewer } from "@/components/runs/json-viewer";
import { RecordedRequestView } from "@/components/runs/recorded-request-view";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { JsonValue } from "@/lib/json-value";
import type { TestZapStepResult } from "@/lib/zaps/test-zap-step";

/**
 * "Test this step": a dry run shows the exact HTTP request without sending it; "Send for real"
 * (after a warning) calls the vendor and shows its answer. Both use the sample event.
 */
export function StepTestPanel({ stepId, appName, kind }: { stepId: string; appName: string; kind: "lookup" | "action" }) {
  const { zapId, dispatch, flush } = useZapDraft();
  const [result, setResult] = useState<TestZapStepResult | null>(null);
  const [mode, setMode] = useState<"dry_run" | "send" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const test = useMutation({ mutationFn: testStep });

  async function run(next: "dry_run" | "send") {
    // Sending right after a dry run sends exactly the request the dry run showed (same event id);
    // any other send gets a fresh id, so Customer.io does not drop it as a duplicate.
    const shownByDryRun = next === "send" && mode === "dry_run" && result?.ok ? result.testId : undefined;
    setFailure(null);
    setMode(next);
    if (!(await flush())) return setFailure("Save your changes first: the draft could not be saved.");
    const answer = await test.mutateAsync({ zapId, stepId, mode: next, testId: shownByDryRun }).catch(() => null);
    if (!answer) {
      setResult(null);
      return setFailure("Conduit could not run the test: try again.");
    }
    setResult(answer);
    if (answer.ok && next === "send" && answer.output !== undefined) dispatch({ type: "stepTested", stepId, output: answer.output });
  }

  // A lookup only reads, so it runs for real without a warning.
  const sendLabel = kind === "lookup" ? "Run lookup" : "Send for real";
  return (
    <section aria-label="Test this step" className="space-y-3 rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-slate-900">Test this step</span>
        {kind === "action" ? (
          <Button variant="secondary" onClick={() => void run("dry_run")} disabled={test.isPending}>
            {test.isPending && mode === "dry_run" ? "Preparing…" : "Dry run (show the request)"}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={() => (kind === "lookup" ? void run("send") : setConfirming(true))} disabled={test.isPending}>
          {test.isPending && mode === "send" ? "Sending…" : sendLabel}
        </Button>
      </div>
      {failure ? <Alert>{failure}</Alert> : null}
      {result ? <TestResult result={result} dryRun={mode === "dry_run"} appName={appName} /> : null}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        role="alertdialog"
        title={`Send this to ${appName} for real?`}
        description={`The step runs with the sample event's data and really changes your ${appName} workspace (people, events or emails). Use a dry run to only see the request.`}
      >
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
          <Button
            onClick={() => {
              setConfirming(false);
              void run("send");
            }}
          >
            Send for real
          </Button>
        </div>
      </Dialog>
    </section>
  );
}

function TestResult({ result, dryRun, appName }: { result: TestZapStepResult; dryRun: boolean; appName: string }) {
  return (
    <div className="space-y-3" data-testid="step-test-result">
      {result.ok ? (
        <Alert tone="success">{dryRun ? `Nothing was sent. This is the exact request ${appName} would receive:` : `${appName} accepted the request.`}</Alert>
      ) : (
        <Alert>{result.message}</Alert>
      )}
      {result.warnings && result.warnings.length > 0 ? (
        <Alert tone="warning">
          <ul className="list-disc pl-4">
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {result.request ? <RecordedRequestView requests={result.request} /> : null}
      {result.response ? <JsonViewer value={result.response as JsonValue} label={`${appName}'s answer`} openDepth={2} /> : null}
    </div>
  );
}
