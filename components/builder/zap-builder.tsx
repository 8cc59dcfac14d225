"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { discardDraft, publish } from "@/app/(dashboard)/zaps/[id]/actions";
import { ActionStepCard } from "@/components/builder/action-step-card";
import { AddStepCard } from "@/components/builder/add-step-card";
import { BuilderHeader } from "@/components/builder/builder-header";
import { FilterCard } from "@/components/builder/filter-card";
import { FilterStepCard } from "@/components/builder/filter-step-card";
import { focusStep } from "@/components/builder/focus-step";
import { newZapId } from "@/components/builder/new-zap-id";
import { noticeText } from "@/components/builder/notice-text";
import { TriggerCard } from "@/components/builder/trigger-card";
import { TriggerSampleCard } from "@/components/builder/trigger-sample-card";
import { ZapTestCard } from "@/components/builder/zap-test-card";
import { useAutosave } from "@/components/builder/use-autosave";
import { useLeaveWarning } from "@/components/builder/use-leave-warning";
import { ZapDraftContext, type ZapDraft } from "@/components/builder/zap-draft-context";
import { initialZapDraft, zapDraftReducer, type ZapDraftAction } from "@/components/builder/zap-draft-reducer";
import { problemsAt } from "@/components/builder/zap-draft-selectors";
import { ZapFailureBanner } from "@/components/notifications/zap-failure-banner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import { stepNumber } from "@/lib/zaps/step-number";
import type { StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";
import type { BuilderCatalog } from "@/lib/zaps/builder-catalog";
import type { BuilderConnection } from "@/lib/zaps/builder-connections";
import type { BuilderZap } from "@/lib/zaps/get-zap-for-builder";
import type { TriggerConfig, ZapStep } from "@/lib/zaps/schema";
import type { DefinitionProblem } from "@/lib/zaps/validate-zap-definition";
import { zapSampleEvent } from "@/lib/zaps/zap-sample-event";

const isFilterStepAt = (steps: readonly ZapStep[], index: number) => {
  const step = steps[index];
  return step !== undefined && isFilterStep(step);
};

/** The sample the builder maps from: the zap's chosen event when it fits the trigger, else the catalog's (the rule the server's tests use). */
function sampleFor({ catalog, trigger, chosen }: { catalog: BuilderCatalog; trigger: TriggerConfig | null; chosen: unknown }): unknown {
  const entry = catalog.triggers.find((candidate) => candidate.key === trigger?.key);
  if (!entry) return null;
  return zapSampleEvent({ chosen, eventTypes: entry.eventTypes, catalogSample: entry.sample });
}

/**
 * The zap editor. A new zap (/zaps/new) comes without an id: the builder draws one, and the zap is
 * stored at the first change (see useAutosave), never on load; the address then becomes /zaps/<id>.
 * The draft and the editing state live in one reducer (zap-draft-reducer.ts), which the steps read
 * and change through useZapDraft(); saving, publishing and discarding happen here.
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
  const t = useTranslations();
  const router = useRouter();
  const [zapId] = useState(() => zap.id ?? newZapId());
  const restoreChecked = useRef(false);
  useEffect(() => {
    // Back or forward to a new zap after its first save restores the page as opened (no id, at the
    // address /zaps/<id>): load the stored zap rather than start another one from the starter.
    // Checked once, on mount: after the first save the address is /zaps/<id> on purpose.
    if (restoreChecked.current) return;
    restoreChecked.current = true;
    if (zap.id === null && window.location.pathname !== "/zaps/new") router.refresh();
  }, [zap.id, router]);
  const [state, dispatchDraft] = useReducer(zapDraftReducer, { zap, problems: initialProblems }, initialZapDraft);
  const { name, definition } = state;

  // Keyboard focus follows the user's additions: a step (or filter) they add takes focus once drawn.
  const focusAddedStep = useRef(false);
  const dispatch = useCallback((action: ZapDraftAction) => {
    if (action.type === "stepAdded" || action.type === "filterStepAdded") focusAddedStep.current = true;
    dispatchDraft(action);
  }, []);
  const shownStepIds = useRef(definition.steps.map((step) => step.id));
  useEffect(() => {
    const before = new Set(shownStepIds.current);
    shownStepIds.current = definition.steps.map((step) => step.id);
    if (!focusAddedStep.current) return;
    focusAddedStep.current = false;
    const added = definition.steps.find((step) => !before.has(step.id));
    if (!added) return;
    // An action whose connection is already chosen: its first mapped field; else its first field (the connection).
    const mapped = !isFilterStep(added) && added.connectionId !== null;
    focusStep({ testId: `step-${added.id}`, ...(mapped ? { within: "[data-step-fields]" } : {}) });
  }, [definition.steps]);
  useEffect(() => {
    // Opening the builder: focus its first task (the trigger's search when none is chosen, else the
    // zap's name) rather than leave it on the page body; never take focus the user already moved.
    if (document.activeElement && document.activeElement !== document.body) return;
    if (definition.trigger === null) focusStep({ testId: "trigger-step" });
    else document.querySelector<HTMLInputElement>("[data-zap-name]")?.focus();
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const autosave = useAutosave({
    zapId,
    isNew: zap.id === null,
    name,
    definition,
    onSaved: useCallback((result) => dispatchDraft({ type: "saved", problems: result.problems, hasUnpublishedChanges: result.hasUnpublishedChanges }), []),
    onCreated: useCallback(() => {
      dispatchDraft({ type: "created" });
      // The address of the stored zap, so a reload or a shared link opens it; the builder stays mounted.
      window.history.replaceState(null, "", `/zaps/${zapId}`);
    }, [zapId]),
  });
  useLeaveWarning({ active: autosave.status !== "saved" });

  const sample = useMemo(
    () => sampleFor({ catalog, trigger: definition.trigger, chosen: state.chosenSample }),
    [catalog, definition.trigger, state.chosenSample],
  );
  const draft = useMemo<ZapDraft>(
    () => ({ zapId, state, dispatch, catalog, connections, guide, sample, flush: autosave.flush }),
    [zapId, state, dispatch, catalog, connections, guide, sample, autosave.flush],
  );

  const publishing = useMutation({ mutationFn: publish });
  async function onPublish() {
    dispatch({ type: "noticeShown", notice: null });
    if (!(await autosave.flush())) {
      dispatch({
        type: "noticeShown",
        notice: { tone: "error", text: t("builder.notice.publishNotSaved") },
      });
      return;
    }
    const result = await publishing.mutateAsync({ zapId }).catch(() => null);
    if (!result) {
      dispatch({ type: "noticeShown", notice: { tone: "error", text: t("builder.notice.publishUnreachable") } });
      return;
    }
    if (!result.ok) dispatch({ type: "publishRefused", problems: result.problems });
    else dispatch({ type: "published", number: result.number, publishedAt: new Date().toISOString(), intake: result.intake });
  }

  const discarding = useMutation({ mutationFn: discardDraft });
  async function onDiscard() {
    dispatch({ type: "noticeShown", notice: null });
    // A save landing after the discard would put the discarded edits back.
    await autosave.flush();
    const result = await discarding.mutateAsync({ zapId }).catch(() => null);
    if (!result?.ok) {
      dispatch({ type: "noticeShown", notice: { tone: "error", text: result?.message ?? t("builder.notice.discardUnreachable") } });
      return;
    }
    autosave.markSaved({ name, definition: result.definition });
    dispatch({ type: "discarded", definition: result.definition });
  }

  const trigger = catalog.triggers.find((entry) => entry.key === definition.trigger?.key);
  const zapProblems = problemsAt(state, "zap");
  return (
    <ZapDraftContext value={draft}>
      <div className="mx-auto max-w-3xl space-y-4">
        <BuilderHeader
          saveStatus={autosave.status}
          saveError={autosave.error}
          onPublish={onPublish}
          publishing={publishing.isPending}
          onDiscard={onDiscard}
          discarding={discarding.isPending}
        />
        {state.created ? <ZapFailureBanner zapId={zapId} /> : null}
        {!zap.draftReadable ? <Alert tone="warning">{t("builder.zap.draftUnreadable")}</Alert> : null}
        {state.notice ? <Alert tone={state.notice.tone}>{noticeText(state.notice, t)}</Alert> : null}
        {zapProblems.length > 0 ? <Alert>{zapProblems.join(" ")}</Alert> : null}

        <ol className="space-y-4" aria-label={t("builder.zap.steps")}>
          <li>
            <TriggerCard />
          </li>
          {trigger && definition.trigger ? (
            <li>
              <TriggerSampleCard trigger={trigger} />
            </li>
          ) : null}
          {trigger ? (
            <li>
              <FilterCard />
            </li>
          ) : null}
          {definition.steps.map((step, index) => (
            <li key={step.id} className="space-y-2">
              {isFilterStep(step) ? <FilterStepCard step={step} index={index} /> : <ActionStepCard step={step} index={index} />}
              {!isFilterStep(step) && index < definition.steps.length - 1 && !isFilterStepAt(definition.steps, index + 1) ? (
                <div className="flex justify-center">
                  <Button variant="ghost" className="px-2 py-1 text-sm" onClick={() => dispatch({ type: "filterStepAdded", index: index + 1 })}>
                    {t("builder.zap.addFilterHere")} <span className="sr-only">{t("builder.zap.afterStep", { number: stepNumber({ index }) })}</span>
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        <AddStepCard />
        {trigger && definition.steps.length > 0 ? <ZapTestCard /> : null}
        {state.created ? (
          <p className="text-center text-sm text-slate-500">
            <Link href={`/runs?zapId=${zapId}`} className="underline">
              {t("builder.zap.runs")}
            </Link>
            {" · "}
            <Link href={`/zaps/${zapId}/versions`} className="underline">
              {t("builder.zap.versions")}
            </Link>
          </p>
        ) : null}
      </div>
    </ZapDraftContext>
  );
}
