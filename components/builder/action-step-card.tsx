"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CatalogSearchList } from "@/components/builder/catalog-search-list";
import { ConnectionPicker } from "@/components/builder/connection-picker";
import { pickerSources } from "@/components/builder/picker-sources";
import { StepFrame } from "@/components/builder/step-frame";
import { StepTestPanel } from "@/components/builder/step-test-panel";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { exampleNotesFor, problemsAt, stepStateOf } from "@/components/builder/zap-draft-selectors";
import { StepFieldsForm } from "@/components/mapping/step-fields-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { StepConfig } from "@/lib/zaps/schema";
import { stepNumber } from "@/lib/zaps/step-number";

const iconButton = "rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800 disabled:opacity-30";

/** One action or lookup: what it does, its connection, its mapped fields and its test. */
export function ActionStepCard({ step, index }: { step: StepConfig; index: number }) {
  const t = useTranslations();
  const { state, dispatch, catalog, connections, guide, sample } = useZapDraft();
  const [changing, setChanging] = useState(false);
  const { definition, stepTests } = state;
  const number = stepNumber({ index });
  const count = definition.steps.length;
  const section = `step:${step.id}`;
  const onChange = (next: StepConfig) => dispatch({ type: "stepChanged", index, step: next });
  const onMove = (by: -1 | 1) => dispatch({ type: "stepMoved", index, by });
  const type = catalog.stepTypes.find((candidate) => candidate.app === step.app && candidate.key === step.key);
  const sources = pickerSources({ catalog, definition, sample, beforeStep: index, stepTests, t });
  const examples = exampleNotesFor({ state, catalog, sample, index, t });
  const title = type ? type.name : t("builder.action.unknown", { key: step.key });
  const app = type?.appName ?? step.app;
  const kicker = type?.kind === "lookup" ? t("builder.action.kickerLookup", { app }) : t("builder.action.kickerAction", { app });

  return (
    <StepFrame
      number={number}
      kicker={kicker}
      title={title}
      state={stepStateOf(state, step.id)}
      problems={problemsAt(state, step.id)}
      open={state.open.has(section)}
      onToggle={() => dispatch({ type: "sectionToggled", section })}
      testId={`step-${step.id}`}
      actions={
        <span className="flex shrink-0 items-center">
          <button type="button" className={iconButton} onClick={() => onMove(-1)} disabled={index === 0} aria-label={t("builder.step.moveUp", { number })}>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M5 12l5-5 5 5" />
            </svg>
          </button>
          <button
            type="button"
            className={iconButton}
            onClick={() => onMove(1)}
            disabled={index === count - 1}
            aria-label={t("builder.step.moveDown", { number })}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M5 8l5 5 5-5" />
            </svg>
          </button>
          <button
            type="button"
            className={iconButton}
            onClick={() => dispatch({ type: "stepRemoved", index })}
            aria-label={t("builder.step.remove", { number })}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M5 5l10 10M15 5L5 15" />
            </svg>
          </button>
        </span>
      }
    >
      <div className="space-y-5">
        {changing || !type ? (
          <CatalogSearchList
            label={t("builder.action.choose")}
            autoFocus={changing}
            choices={catalog.stepTypes.map((candidate) => ({
              value: `${candidate.app}.${candidate.key}`,
              group: candidate.appName,
              name: candidate.name,
              description: candidate.description,
            }))}
            selected={`${step.app}.${step.key}`}
            onChoose={(value) => {
              const [app = "", ...key] = value.split(".");
              setChanging(false);
              if (app === step.app && key.join(".") === step.key) return;
              onChange({ ...step, app, key: key.join("."), connectionId: app === step.app ? step.connectionId : null, inputs: {} });
            }}
          />
        ) : (
          <div className="flex items-start justify-between gap-4 rounded-md bg-slate-50 p-3">
            <p className="text-sm text-slate-600">{type.description}</p>
            <Button variant="secondary" onClick={() => setChanging(true)}>
              {t("builder.action.change")}
            </Button>
          </div>
        )}
        {type ? (
          <>
            <ConnectionPicker
              app={type.app}
              appName={type.appName}
              connections={connections}
              value={step.connectionId}
              onChange={(connectionId) => onChange({ ...step, connectionId })}
              guide={guide}
            />
            <fieldset data-step-fields="" className="space-y-3">
              <legend className="text-sm font-semibold text-slate-900">{t("builder.action.fields")}</legend>
              {examples.length > 0 ? (
                <Alert tone="info">
                  {t("builder.action.examples")}
                  <ul className="list-disc pl-4">
                    {examples.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                </Alert>
              ) : null}
              <StepFieldsForm fields={type.inputs} values={step.inputs} onChange={(inputs) => onChange({ ...step, inputs })} sources={sources} />
            </fieldset>
            <StepTestPanel step={step} number={number} appName={type.appName} kind={type.kind} outputFields={type.outputFields} />
          </>
        ) : null}
      </div>
    </StepFrame>
  );
}
