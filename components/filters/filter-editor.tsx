"use client";

import { useTranslations } from "next-intl";
import { Fragment, useId, useState } from "react";
import { describeFilterResult } from "@/lib/filters/describe-filter-result";
import { FilterRuleRow } from "@/components/filters/filter-rule-row";
import { DataPicker } from "@/components/mapping/data-picker";
import { useSampleData } from "@/components/mapping/use-sample-data";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { Filter, FilterRule } from "@/lib/filters/schema";
import { userMessageText } from "@/lib/i18n/user-message";
import { labelForPath } from "@/lib/mapping/label-for-path";
import type { PickerSource } from "@/lib/mapping/picker-source";
import { currencyPaths } from "@/lib/mapping/currency-paths";
import { outputFieldType } from "@/lib/mapping/output-field-type";
import { resolvePath } from "@/lib/mapping/resolve-path";

type Picking = { kind: "rule"; group: number } | { kind: "group" } | { kind: "field"; group: number; rule: number };

const MAX_GROUPS = 10;
const MAX_RULES = 20;

/**
 * "Only continue if" rules: AND inside a group, OR between groups. A rule is only created once its
 * field is picked, so the filter handed to onChange always has a field in every rule; removing the
 * last rule removes its group, and the last group leaves no filter (null).
 */
export function FilterEditor({ value, onChange, sources }: { value: Filter | null; onChange: (filter: Filter | null) => void; sources: PickerSource[] }) {
  const t = useTranslations();
  const { context, groups: pickerGroups } = useSampleData(sources);
  const [picking, setPicking] = useState<Picking | null>(null);
  const headingId = useId();
  const groups = value?.groups ?? [];
  // A field compared as an amount ("… | amount:…") is labelled by its path.
  const labelFor = (path: string) => {
    const bare = path.split("|")[0]?.trim() ?? path;
    return labelForPath({ path: bare, sources }) ?? bare.replace(/^trigger\./, "");
  };
  const verdict = describeFilterResult({ filter: value, context, labelFor });

  const emit = (next: Filter["groups"]) => onChange(next.length === 0 ? null : { groups: next });
  const setRule = (group: number, index: number, rule: FilterRule) =>
    emit(groups.map((other, at) => (at === group ? { rules: other.rules.map((old, position) => (position === index ? rule : old)) } : other)));
  const removeRule = (group: number, index: number) =>
    emit(
      groups
        .map((other, at) => (at === group ? { rules: other.rules.filter((_, position) => position !== index) } : other))
        .filter((other) => other.rules.length > 0),
    );

  function pick(path: string) {
    if (!picking) return;
    // A yes/no field most likely wants "is true"; anything else starts with "equals".
    const type = outputFieldType({ path, sources });
    const operator: FilterRule["operator"] = typeof resolvePath({ path, context }) === "boolean" ? "is_true" : "equals";
    // Stripe amounts are in cents: the rule compares the decimal amount ("greater than 100" means $100).
    const [currency] = type === "amount" ? currencyPaths({ groups: pickerGroups, near: path }) : [];
    const field = type === "amount" ? `${path} | amount${currency ? `:${currency}` : ""}` : path;
    const rule: FilterRule = { field, operator, value: "" };
    if (picking.kind === "group") emit([...groups, { rules: [rule] }]);
    else if (picking.kind === "rule") emit(groups.map((group, at) => (at === picking.group ? { rules: [...group.rules, rule] } : group)));
    else {
      const old = groups[picking.group]?.rules[picking.rule];
      if (old) setRule(picking.group, picking.rule, { ...old, field });
    }
    setPicking(null);
  }

  const noSources = sources.length === 0;

  return (
    <div className="space-y-4">
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600">{t("filters.editor.empty")}</p>
      ) : (
        <p id={headingId} className="text-sm text-slate-600">
          {t(groups.length === 1 ? "filters.editor.allTrue" : "filters.editor.anyGroup")}
        </p>
      )}

      {groups.map((group, groupIndex) => {
        const results = "groups" in verdict ? verdict.groups[groupIndex] : undefined;
        return (
          <Fragment key={groupIndex}>
            {groupIndex > 0 ? (
              <div
                role="separator"
                aria-label={t("filters.editor.or")}
                className="flex items-center gap-3 text-xs font-semibold uppercase tracking-wide text-slate-500"
              >
                <span className="h-px flex-1 bg-slate-200" />
                {t("filters.editor.or")}
                <span className="h-px flex-1 bg-slate-200" />
              </div>
            ) : null}
            <fieldset aria-describedby={headingId} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
              <legend className={groups.length > 1 ? "px-1 text-xs font-semibold uppercase tracking-wide text-slate-500" : "sr-only"}>
                {t("filters.editor.group", { number: groupIndex + 1 })}
              </legend>
              {group.rules.map((rule, ruleIndex) => (
                <Fragment key={ruleIndex}>
                  {ruleIndex > 0 ? <p className="pl-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("filters.editor.and")}</p> : null}
                  <FilterRuleRow
                    rule={rule}
                    name={
                      groups.length > 1
                        ? t("filters.editor.groupRuleName", { group: groupIndex + 1, rule: ruleIndex + 1 })
                        : t("filters.editor.ruleName", { rule: ruleIndex + 1 })
                    }
                    fieldLabel={labelFor(rule.field)}
                    result={results?.[ruleIndex]}
                    sources={sources}
                    context={context}
                    onChange={(next) => setRule(groupIndex, ruleIndex, next)}
                    onChooseField={() => setPicking({ kind: "field", group: groupIndex, rule: ruleIndex })}
                    onRemove={() => removeRule(groupIndex, ruleIndex)}
                  />
                </Fragment>
              ))}
              <Button
                variant="ghost"
                className="px-2 py-1"
                disabled={noSources || group.rules.length >= MAX_RULES}
                onClick={() => setPicking({ kind: "rule", group: groupIndex })}
              >
                {t.rich("filters.editor.addRule", { number: groupIndex + 1, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
              </Button>
            </fieldset>
          </Fragment>
        );
      })}

      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" disabled={noSources || groups.length >= MAX_GROUPS} onClick={() => setPicking({ kind: "group" })}>
          {t(groups.length === 0 ? "filters.editor.addFirstRule" : "filters.editor.addGroup")}
        </Button>
        {groups.length > 0 ? (
          <Button variant="ghost" onClick={() => onChange(null)}>
            {t("filters.editor.removeFilter")}
          </Button>
        ) : null}
      </div>
      {noSources ? <p className="text-xs text-slate-500">{t("filters.editor.noTrigger")}</p> : null}

      {groups.length > 0 ? (
        "error" in verdict ? (
          <Alert tone="error">{userMessageText({ message: verdict.error, t })}</Alert>
        ) : (
          <div
            role="status"
            className={`rounded-md border px-3 py-2 text-sm ${verdict.passed ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "border-amber-200 bg-amber-50 text-amber-900"}`}
          >
            {userMessageText({ message: verdict.message, t })}
          </div>
        )
      ) : null}

      <Dialog
        open={picking !== null}
        onClose={() => setPicking(null)}
        title={t(picking?.kind === "field" ? "filters.editor.chooseAnotherField" : "filters.editor.chooseField")}
        description={t("filters.editor.chooseFieldDescription")}
      >
        <DataPicker sources={sources} onPick={pick} onClose={() => setPicking(null)} label={t("filters.editor.fieldToCheck")} />
      </Dialog>
    </div>
  );
}
