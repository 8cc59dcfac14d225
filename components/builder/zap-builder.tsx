"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { discardDraft, publish } from "@/app/(dashboard)/zaps/[id]/actions";
import { ActionStepCard } from "@/components/builder/action-step-card";
import { AddStepCard } from "@/components/builder/add-step-card";
import { BuilderHeader } from "@/components/builder/builder-header";
import { FilterCard } from "@/components/builder/filter-card";
import { newZapId } from "@/components/builder/new-zap-id";
import { nextStepId } from "@/components/builder/step-ids";
import { TriggerCard } from "@/components/builder/trigger-card";
import { TriggerSampleCard } from "@/components/builder/trigger-sample-card";
import { useAutosave } from "@/components/builder/use-autosave";
import { useLeaveWarning } from "@/components/builder/use-leave-warning";
import { ZapFailureBanner } from "@/components/notifications/zap-failure-banner";
import { Alert } from "@/components/ui/alert";
import type { StripeWebhookGuide } from "@/lib/connections/stripe-webhook-guide";
import type { BuilderCatalog } from "@/lib/zaps/builder-catalog";
import type { BuilderConnection } from "@/lib/zaps/builder-connections";
import type { BuilderZap } from "@/lib/zaps/get-zap-for-builder";
import type { StepConfig, TriggerConfig, ZapDefinition } from "@/lib/zaps/schema";
import type { DefinitionProblem } from "@/lib/zaps/validate-zap-definition";

/** The sample the builder maps from: the zap's chosen event when it fits the trigger, else the catalog's. */
function sampleFor({ catalog, trigger, chosen }: { catalog: BuilderCatalog; trigger: TriggerConfig | null; chosen: unknown }): unknown {
  const entry = catalog.triggers.find((candidate) => candidate.key === trigger?.key);
  if (!entry) return null;
  const type = (chosen as { type?: unknown } | null)?.type;
  return typeof type === "string" && entry.eventTypes.includes(type) ? chosen : entry.sample;
}

/**
 * The zap editor. A new zap (/zaps/new) comes without an id: the builder draws one, and the zap is
 * stored at the first change (see useAutosave), never on load; the address then becomes /zaps/<id>.
 */
export function ZapBuilder({
  zap,
  catalog,
  connections,
  guide,
  initialProblems,
}: {
  zap: Omit<BuilderZap, "id"> & { id: string | null };
  catalog: BuilderCatalog;
  connections: BuilderConnection[];
  guide: StripeWebhookGuide;
  initialProblems: DefinitionProblem[];
}) {
  const router = useRouter();
  const [zapId] = useState(() => zap.id ?? newZapId());
  const [created, setCreated] = useState(zap.id !== null);
  const restoreChecked = useRef(false);
  useEffect(() => {
    // Back or forward to a new zap after its first save restores the page as opened (no id, at the
    // address /zaps/<id>): load the stored zap rather than start another one from the starter.
    // Checked once, on mount: after the first save the address is /zaps/<id> on purpose.
    if (restoreChecked.current) return;
    restoreChecked.current = true;
    if (zap.id === null && window.location.pathname !== "/zaps/new") router.refresh();
  }, [zap.id, router]);
  const [name, setName] = useState(zap.name);
  const [definition, setDefinition] = useState<ZapDefinition>(zap.draft);
  const [problems, setProblems] = useState(initialProblems);
  const [status, setStatus] = useState({ enabled: zap.enabled, pausedReason: zap.pausedReason, published: zap.published, hasUnpublishedChanges: zap.hasUnpublishedChanges });
  const [chosenSample, setChosenSample] = useState<unknown>(zap.sampleEvent);
  // Until another event is chosen or the whole one fetched, the page's copy of a large sample is shortened.
  const [sampleShortened, setSampleShortened] = useState(zap.sampleShortened);
  const chooseSample = useCallback((event: unknown) => {
    setChosenSample(event);
    setSampleShortened(false);
  }, []);
  const [testOutputs, setTestOutputs] = useState<Record<string, unknown>>({});
  const [publishAttempted, setPublishAttempted] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  // Sections start open while there is something to do in them.
  const [open, setOpen] = useState<Set<string>>(() => new Set(zap.draft.trigger ? [] : ["trigger"]));

  const autosave = useAutosave({
    zapId,
    isNew: zap.id === null,
    name,
    definition,
    onSaved: useCallback((result) => {
      setProblems(result.problems);
      setStatus((current) => ({ ...current, hasUnpublishedChanges: result.hasUnpublishedChanges }));
    }, []),
    onCreated: useCallback(() => {
      setCreated(true);
      // The address of the stored zap, so a reload or a shared link opens it; the builder stays mounted.
      window.history.replaceState(null, "", `/zaps/${zapId}`);
    }, [zapId]),
  });
  useLeaveWarning({ active: autosave.status !== "saved" });

  const sample = useMemo(() => sampleFor({ catalog, trigger: definition.trigger, chosen: chosenSample }), [catalog, definition.trigger, chosenSample]);
  const problemsAt = (where: string) => problems.filter((problem) => problem.where === where).map((problem) => problem.message);
  const stateOf = (where: string) => (problemsAt(where).length === 0 ? ("ready" as const) : publishAttempted ? ("error" as const) : ("incomplete" as const));
  const toggle = (section: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(section)) next.delete(section);
      else next.add(section);
      return next;
    });
  const openSection = (section: string) => setOpen((current) => new Set(current).add(section));

  const updateTrigger = (trigger: TriggerConfig | null) => setDefinition((current) => ({ ...current, trigger }));
  const updateStep = (index: number, step: StepConfig) => setDefinition((current) => ({ ...current, steps: current.steps.map((existing, at) => (at === index ? step : existing)) }));
  const moveStep = (index: number, by: -1 | 1) =>
    setDefinition((current) => {
      const steps = [...current.steps];
      const [moved] = steps.splice(index, 1);
      if (moved) steps.splice(index + by, 0, moved);
      return { ...current, steps };
    });
  const removeStep = (index: number) => setDefinition((current) => ({ ...current, steps: current.steps.filter((_, at) => at !== index) }));
  const addStep = (app: string, key: string) => {
    const id = nextStepId({ key, steps: definition.steps });
    const reuse = definition.steps.find((step) => step.app === app && step.connectionId)?.connectionId;
    const ofApp = connections.filter((connection) => connection.app === app && connection.working);
    const connectionId = reuse ?? (ofApp.length === 1 ? (ofApp[0]?.id ?? null) : null);
    setDefinition((current) => ({ ...current, steps: [...current.steps, { id, app, key, connectionId, inputs: {} }] }));
    openSection(`step:${id}`);
  };

  const publishing = useMutation({ mutationFn: publish });
  async function onPublish() {
    setNotice(null);
    if (!(await autosave.flush())) {
      setNotice({ tone: "error", text: "Your latest changes could not be saved, so the zap was not published. Try again in a moment." });
      return;
    }
    const result = await publishing.mutateAsync({ zapId }).catch(() => null);
    if (!result) {
      setNotice({ tone: "error", text: "Conduit could not publish the zap: check your connection and try again." });
      return;
    }
    if (!result.ok) {
      setPublishAttempted(true);
      setProblems(result.problems);
      setOpen((current) => new Set([...current, ...result.problems.map((problem) => sectionOf(problem.where))]));
      const count = result.problems.length;
      setNotice({ tone: "error", text: `Not published: ${count === 1 ? "one thing needs" : `${count} things need`} fixing first, marked on the steps below.` });
      return;
    }
    setPublishAttempted(false);
    setProblems([]);
    setStatus({ enabled: true, pausedReason: null, published: { number: result.number, publishedAt: new Date().toISOString() }, hasUnpublishedChanges: false });
    setNotice({ tone: "success", text: `Published version ${result.number}. The zap is on: new Stripe events run it from now on.` });
  }

  const discarding = useMutation({ mutationFn: discardDraft });
  async function onDiscard() {
    setNotice(null);
    // A save landing after the discard would put the discarded edits back.
    await autosave.flush();
    const result = await discarding.mutateAsync({ zapId }).catch(() => null);
    if (!result?.ok) {
      setNotice({ tone: "error", text: result?.message ?? "Conduit could not discard the draft: try again." });
      return;
    }
    autosave.markSaved({ name, definition: result.definition });
    setDefinition(result.definition);
    setStatus((current) => ({ ...current, hasUnpublishedChanges: false }));
    setNotice({ tone: "success", text: `The draft is back to version ${status.published?.number ?? ""}.` });
  }

  const trigger = catalog.triggers.find((entry) => entry.key === definition.trigger?.key);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <BuilderHeader
        name={name}
        onRename={setName}
        status={status}
        saveStatus={autosave.status}
        saveError={autosave.error}
        onPublish={onPublish}
        publishing={publishing.isPending}
        onDiscard={onDiscard}
        discarding={discarding.isPending}
      />
      {created ? <ZapFailureBanner zapId={zapId} /> : null}
      {!zap.draftReadable ? <Alert tone="warning">The saved draft could not be read, so the builder starts from the published version. Your next change replaces the old draft.</Alert> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {problemsAt("zap").length > 0 ? <Alert>{problemsAt("zap").join(" ")}</Alert> : null}

      <ol className="space-y-4" aria-label="Steps of this zap">
        <li>
          <TriggerCard
            catalog={catalog}
            trigger={definition.trigger}
            onChange={updateTrigger}
            connections={connections}
            guide={guide}
            state={stateOf("trigger")}
            problems={problemsAt("trigger")}
            open={open.has("trigger")}
            onToggle={() => toggle("trigger")}
          />
        </li>
        {trigger && definition.trigger ? (
          <li>
            <TriggerSampleCard
              zapId={zapId}
              trigger={trigger}
              sample={sample}
              shortened={sampleShortened}
              onChosen={chooseSample}
              flush={autosave.flush}
              open={open.has("sample")}
              onToggle={() => toggle("sample")}
            />
          </li>
        ) : null}
        {trigger ? (
          <li>
            <FilterCard
              filter={definition.filter}
              onChange={(filter) => setDefinition((current) => ({ ...current, filter }))}
              catalog={catalog}
              definition={definition}
              sample={sample}
              state={definition.filter ? stateOf("filter") : undefined}
              problems={problemsAt("filter")}
              open={open.has("filter")}
              onToggle={() => toggle("filter")}
            />
          </li>
        ) : null}
        {definition.steps.map((step, index) => (
          <li key={step.id}>
            <ActionStepCard
              zapId={zapId}
              number={index + 2}
              step={step}
              index={index}
              count={definition.steps.length}
              catalog={catalog}
              definition={definition}
              sample={sample}
              testOutputs={testOutputs}
              onTested={(output) => setTestOutputs((current) => ({ ...current, [step.id]: output }))}
              connections={connections}
              guide={guide}
              onChange={(next) => updateStep(index, next)}
              onMove={(by) => moveStep(index, by)}
              onRemove={() => removeStep(index)}
              flush={autosave.flush}
              state={stateOf(step.id)}
              problems={problemsAt(step.id)}
              open={open.has(`step:${step.id}`)}
              onToggle={() => toggle(`step:${step.id}`)}
            />
          </li>
        ))}
      </ol>
      <AddStepCard catalog={catalog} onAdd={addStep} problems={publishAttempted ? problemsAt("steps") : []} />
      {created ? (
        <p className="text-center text-sm text-slate-500">
          <Link href={`/runs?zapId=${zapId}`} className="underline">
            This zap&apos;s runs
          </Link>
          {" · "}
          <Link href={`/zaps/${zapId}/versions`} className="underline">
            Version history
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function sectionOf(where: string): string {
  if (where === "trigger" || where === "filter") return where;
  return `step:${where}`;
}
