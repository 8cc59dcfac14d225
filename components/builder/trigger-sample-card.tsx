"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { chooseSample, loadSampleEvent, loadSamples, sendTestEvent } from "@/app/(dashboard)/zaps/[id]/actions";
import { StepFrame } from "@/components/builder/step-frame";
import { TestRunStatus } from "@/components/builder/test-run-status";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { JsonViewer } from "@/components/runs/json-viewer";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import type { JsonValue } from "@/lib/json-value";
import type { BuilderTrigger } from "@/lib/zaps/builder-catalog";
import type { TriggerSample } from "@/lib/zaps/catalog-sample";

/**
 * "Test trigger": the event the fields are mapped from (recent real events from the Stripe account,
 * or Conduit's sample), and Send test event, which runs the zap's draft on it as a test.
 */
export function TriggerSampleCard({ trigger }: { trigger: BuilderTrigger }) {
  const t = useTranslations();
  const { zapId, state, dispatch, sample, flush } = useZapDraft();
  // The page shipped a shortened copy of the zap's sample event (it is large).
  const shortened = state.sampleShortened;
  const onChosen = (event: unknown) => dispatch({ type: "sampleChosen", event });
  const radioName = useId();
  const [samples, setSamples] = useState<TriggerSample[] | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "warning"; text: string } | null>(null);
  const [testRun, setTestRun] = useState<{ runId: string; note?: string } | null>(null);
  const load = useMutation({ mutationFn: loadSamples });
  const choose = useMutation({ mutationFn: chooseSample });
  const send = useMutation({ mutationFn: sendTestEvent });
  const whole = useMutation({ mutationFn: loadSampleEvent });
  const current = sample as { id?: string; type?: string; created?: number } | null;

  async function onLoad() {
    setMessage(null);
    if (!(await flush())) return setMessage({ tone: "error", text: t("builder.saveFirst") });
    const result = await load.mutateAsync({ zapId }).catch(() => null);
    if (!result) return setMessage({ tone: "error", text: t("builder.sample.loadUnreachable") });
    if (!result.ok) return setMessage({ tone: "error", text: result.message });
    setSamples(result.samples);
    if (result.warning) setMessage({ tone: "warning", text: result.warning });
  }

  async function onChoose(sampleId: string) {
    setMessage(null);
    const result = await choose.mutateAsync({ zapId, sampleId }).catch(() => null);
    if (!result?.ok) return setMessage({ tone: "error", text: result?.message ?? t("builder.sample.chooseUnreachable") });
    onChosen(result.event);
  }

  async function onShowWhole() {
    setMessage(null);
    const result = await whole.mutateAsync({ zapId }).catch(() => null);
    if (!result?.ok) return setMessage({ tone: "error", text: result?.message ?? t("builder.sample.wholeUnreachable") });
    onChosen(result.event);
  }

  async function onSend() {
    setMessage(null);
    setTestRun(null);
    if (!(await flush())) return setMessage({ tone: "error", text: t("builder.saveFirst") });
    const result = await send.mutateAsync({ zapId }).catch(() => null);
    if (!result?.ok) return setMessage({ tone: "error", text: result?.message ?? t("builder.sample.sendUnreachable") });
    setTestRun({ runId: result.runId, note: result.note });
  }

  return (
    <StepFrame
      number="✓"
      kicker={t("builder.sample.kicker")}
      title={t("builder.sample.title")}
      open={state.open.has("sample")}
      onToggle={() => dispatch({ type: "sectionToggled", section: "sample" })}
      testId="sample-step"
    >
      <div className="space-y-4">
        <p className="text-sm text-slate-600">{t("builder.sample.intro", { trigger: trigger.name.toLowerCase() })}</p>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={onLoad} disabled={load.isPending}>
            {load.isPending ? t("builder.sample.loading") : t("builder.sample.load")}
          </Button>
          <Button onClick={onSend} disabled={send.isPending}>
            {send.isPending ? t("builder.sending") : t("builder.sample.send")}
          </Button>
        </div>
        <p className="text-xs text-slate-500">{t("builder.sample.sendExplain")}</p>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        {testRun ? <TestRunStatus runId={testRun.runId} /> : null}
        {testRun?.note ? <Alert tone="info">{testRun.note}</Alert> : null}
        {samples ? (
          <fieldset className="space-y-1">
            <legend className="text-sm font-semibold text-slate-900">{t("builder.sample.pick")}</legend>
            {samples.map((candidate) => (
              <label key={candidate.id} className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-50">
                <input
                  type="radio"
                  name={radioName}
                  checked={current?.id === candidate.event.id}
                  onChange={() => void onChoose(candidate.id)}
                  disabled={choose.isPending}
                />
                <span>{candidate.label}</span>
                <span className="text-xs text-slate-500">
                  {candidate.source === "catalog" ? null : (
                    <>
                      <LocalTime iso={new Date(candidate.created * 1000).toISOString()} /> ·{" "}
                      {candidate.livemode ? t("builder.sample.live") : t("builder.sample.testMode")}
                    </>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
        ) : null}
        {shortened ? (
          <Alert tone="info">
            {t("builder.sample.shortened")}{" "}
            <button type="button" onClick={() => void onShowWhole()} disabled={whole.isPending} className="font-medium underline">
              {whole.isPending ? t("builder.sample.loadingWhole") : t("builder.sample.showWhole")}
            </button>
          </Alert>
        ) : null}
        {sample ? (
          <div>
            <p className="mb-1 text-sm font-medium text-slate-800">
              {current?.type} <span className="font-mono text-xs text-slate-500">{current?.id}</span>
            </p>
            <JsonViewer value={sample as JsonValue} label={t("builder.sample.label")} openDepth={2} />
          </div>
        ) : null}
      </div>
    </StepFrame>
  );
}
