"use client";

import { Fragment, useId, useState } from "react";
import { describeFilterResult } from "@/lib/filters/describe-filter-result";
import { FilterRuleRow } from "@/components/filters/filter-rule-row";
import { DataPicker } from "@/components/mapping/data-picker";
import { useSampleData } from "@/components/mapping/use-sample-data";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { Filter, FilterRule } from "@/lib/filters/schema";
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
        <p className="text-sm text-slate-600">
          No filter: every event continues to the actions. Add a rule to stop events you do not want, for example canceled subscriptions on a free plan.
        </p>
      ) : (
        <p id={headingId} className="text-sm text-slate-600">
          {groups.length === 1 ? "Continue only when all of these are true:" : "Continue when any group passes; a group passes when all its rules are true."}
        </p>
      )}

      {groups.map((group, groupIndex) => {
        const results = "groups" in verdict ? verdict.groups[groupIndex] : undefined;
        return (
          <Fragment key={groupIndex}>
            {groupIndex > 0 ? (
              <div role="separator" aria-label="or" className="flex items-center gap-3 text-xs font-semibold uppercase tracking-wide text-slate-500">
                <span className="h-px flex-1 bg-slate-200" />
                or
                <span className="h-px flex-1 bg-slate-200" />
              </div>
            ) : null}
            <fieldset aria-describedby={headingId} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
              <legend className={groups.length > 1 ? "px-1 text-xs font-semibold uppercase tracking-wide text-slate-500" : "sr-only"}>
                Group {groupIndex + 1}
              </legend>
              {group.rules.map((rule, ruleIndex) => (
                <Fragment key={ruleIndex}>
                  {ruleIndex > 0 ? <p className="pl-1 text-xs font-semibold uppercase tracking-wide text-slate-500">and</p> : null}
                  <FilterRuleRow
                    rule={rule}
                    name={groups.length > 1 ? `group ${groupIndex + 1}, rule ${ruleIndex + 1}` : `rule ${ruleIndex + 1}`}
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
                + And another rule<span className="sr-only"> in group {groupIndex + 1}</span>
              </Button>
            </fieldset>
          </Fragment>
        );
      })}

      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" disabled={noSources || groups.length >= MAX_GROUPS} onClick={() => setPicking({ kind: "group" })}>
          {groups.length === 0 ? "Add a rule" : "+ Or another group of rules"}
        </Button>
        {groups.length > 0 ? (
          <Button variant="ghost" onClick={() => onChange(null)}>
            Remove the filter
          </Button>
        ) : null}
      </div>
      {noSources ? <p className="text-xs text-slate-500">Choose the trigger first: rules check fields of its event.</p> : null}

      {groups.length > 0 ? (
        "error" in verdict ? (
          <Alert tone="error">{verdict.error}</Alert>
        ) : (
          <div
            role="status"
            className={`rounded-md border px-3 py-2 text-sm ${verdict.passed ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "border-amber-200 bg-amber-50 text-amber-900"}`}
          >
            {verdict.message}
          </div>
        )
      ) : null}

      <Dialog
        open={picking !== null}
        onClose={() => setPicking(null)}
        title={picking?.kind === "field" ? "Choose another field to check" : "Choose the field to check"}
        description="The rule compares this field of each event."
      >
        <DataPicker sources={sources} onPick={pick} onClose={() => setPicking(null)} label="Field to check" />
      </Dialog>
    </div>
  );
}
