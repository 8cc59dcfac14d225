"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CatalogSearchList } from "@/components/builder/catalog-search-list";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { problemsAt } from "@/components/builder/zap-draft-selectors";
import { Button } from "@/components/ui/button";

/** "Add a step": a Customer.io action or a Stripe lookup, chosen from a searchable list; or a filter after the last step. */
export function AddStepCard() {
  const t = useTranslations();
  const { state, dispatch, catalog, connections } = useZapDraft();
  // "Add at least one action" shows only after a publish attempt: a new zap starts without steps.
  const problems = state.publishAttempted ? problemsAt(state, "steps") : [];
  const [choosing, setChoosing] = useState(false);
  const choices = catalog.stepTypes.map((type) => ({
    value: `${type.app}.${type.key}`,
    group: type.kind === "lookup" ? t("builder.add.lookupGroup", { app: type.appName }) : t("builder.add.actionGroup", { app: type.appName }),
    name: type.name,
    description: type.description,
  }));
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-4">
      {problems.length > 0 ? <p className="mb-2 text-sm text-red-700">{problems.join(" ")}</p> : null}
      {choosing ? (
        <div className="space-y-3">
          <CatalogSearchList
            label={t("builder.add.choose")}
            autoFocus
            choices={choices}
            selected={null}
            onChoose={(value) => {
              const [app, ...key] = value.split(".");
              setChoosing(false);
              if (app) dispatch({ type: "stepAdded", app, key: key.join("."), connections });
            }}
          />
          <Button variant="ghost" onClick={() => setChoosing(false)}>
            {t("builder.cancel")}
          </Button>
        </div>
      ) : (
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button variant="secondary" onClick={() => setChoosing(true)} className="w-full">
            {t("builder.add.step")}
          </Button>
          {state.definition.steps.length > 0 ? (
            <Button
              variant="secondary"
              onClick={() => dispatch({ type: "filterStepAdded", index: state.definition.steps.length })}
              className="w-full sm:w-auto"
            >
              {t("builder.add.filter")}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
