"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { CatalogSearchList } from "@/components/builder/catalog-search-list";
import { ConnectionPicker } from "@/components/builder/connection-picker";
import { focusStep } from "@/components/builder/focus-step";
import { StepFrame } from "@/components/builder/step-frame";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { problemsAt, stepStateOf } from "@/components/builder/zap-draft-selectors";
import { StepFieldsForm } from "@/components/mapping/step-fields-form";
import { Button } from "@/components/ui/button";
import type { TriggerConfig } from "@/lib/zaps/schema";

/** Step 1: the Stripe event that starts the zap, the Stripe account it comes from, and the trigger's options. */
export function TriggerCard() {
  const t = useTranslations();
  const { state, dispatch, catalog, connections, guide } = useZapDraft();
  const { trigger } = state.definition;
  const onChange = (next: TriggerConfig | null) => dispatch({ type: "triggerChanged", trigger: next });
  const entry = catalog.triggers.find((candidate) => candidate.key === trigger?.key);
  const [choosing, setChoosing] = useState(!entry);
  // After a choice the list goes away: focus moves to what replaced it (its connection when none is chosen, else its options, else its heading).
  const focusAfterChoice = useRef(false);
  const chosenKey = trigger?.key;
  const needsConnection = trigger !== null && trigger.connectionId === null;
  useEffect(() => {
    if (!focusAfterChoice.current || choosing) return;
    focusAfterChoice.current = false;
    focusStep({ testId: "trigger-step", ...(needsConnection ? {} : { within: "[data-trigger-options]" }) });
  }, [chosenKey, choosing, needsConnection]);

  function choose(key: string) {
    focusAfterChoice.current = true;
    setChoosing(false);
    if (key === trigger?.key) return;
    // A single working connection of the trigger's app is the obvious choice.
    const app = catalog.triggers.find((candidate) => candidate.key === key)?.app;
    const working = connections.filter((connection) => connection.app === app && connection.working);
    const connectionId = trigger?.connectionId ?? (working.length === 1 ? (working[0]?.id ?? null) : null);
    if (app) onChange({ app, key, connectionId, options: {} });
  }

  return (
    <StepFrame
      number={1}
      kicker={t("builder.trigger.kicker")}
      title={entry ? entry.name : t("builder.trigger.choose")}
      state={stepStateOf(state, "trigger")}
      problems={problemsAt(state, "trigger")}
      open={state.open.has("trigger")}
      onToggle={() => dispatch({ type: "sectionToggled", section: "trigger" })}
      testId="trigger-step"
    >
      <div className="space-y-5">
        {choosing || !entry ? (
          <CatalogSearchList
            label={t("builder.trigger.event")}
            autoFocus={choosing && entry !== undefined}
            choices={catalog.triggers.map((candidate) => ({ value: candidate.key, name: candidate.name, description: candidate.description }))}
            selected={trigger?.key ?? null}
            onChoose={choose}
          />
        ) : (
          <div className="flex items-start justify-between gap-4 rounded-md bg-slate-50 p-3">
            <div>
              <p className="text-sm font-medium text-slate-900">{entry.name}</p>
              <p className="text-sm text-slate-600">{entry.description}</p>
              <p className="mt-1 font-mono text-xs text-slate-500">{entry.eventTypes.join(", ")}</p>
            </div>
            <Button variant="secondary" onClick={() => setChoosing(true)}>
              {t("builder.trigger.change")}
            </Button>
          </div>
        )}
        {entry && trigger ? (
          <>
            <ConnectionPicker
              app={entry.app}
              appName={entry.appName}
              connections={connections}
              value={trigger.connectionId}
              onChange={(connectionId) => onChange({ ...trigger, connectionId })}
              guide={guide}
            />
            {entry.options.length > 0 ? (
              <fieldset data-trigger-options="" className="space-y-3">
                <legend className="text-sm font-semibold text-slate-900">{t("builder.trigger.options")}</legend>
                <StepFieldsForm fields={entry.options} values={trigger.options} onChange={(options) => onChange({ ...trigger, options })} sources={[]} />
              </fieldset>
            ) : null}
          </>
        ) : null}
      </div>
    </StepFrame>
  );
}
