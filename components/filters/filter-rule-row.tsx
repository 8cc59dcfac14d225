"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { describeActual } from "@/lib/filters/describe-filter-result";
import { MappedPreview } from "@/components/mapping/mapped-preview";
import { TokenEditor } from "@/components/mapping/token-editor";
import type { RuleResult } from "@/lib/filters/evaluate-filter";
import { FILTER_OPERATORS, type FilterRule } from "@/lib/filters/schema";
import { userMessageValueText } from "@/lib/i18n/user-message";
import type { PickerSource } from "@/lib/mapping/picker-source";
import type { MappingContext } from "@/lib/mapping/resolve-path";

const OPERATOR_GROUPS = [...new Set(FILTER_OPERATORS.map((operator) => operator.group))];

/** One rule: the field (chosen in the data picker), the operator, the value when it needs one, and how the sample fares. */
export function FilterRuleRow({
  rule,
  name,
  fieldLabel,
  result,
  sources,
  context,
  onChange,
  onChooseField,
  onRemove,
}: {
  rule: FilterRule;
  /** "rule 2" or "group 1, rule 2" (in the viewer's language), to label the controls. */
  name: string;
  fieldLabel: string;
  result?: RuleResult;
  sources: PickerSource[];
  context: MappingContext;
  onChange: (rule: FilterRule) => void;
  onChooseField: () => void;
  onRemove: () => void;
}) {
  const id = useId();
  const t = useTranslations();
  const operator = FILTER_OPERATORS.find((candidate) => candidate.value === rule.operator);
  const needsValue = operator?.needsValue ?? true;

  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-2">
      <div className="flex flex-wrap items-start gap-2">
        <button
          type="button"
          onClick={onChooseField}
          aria-label={t("filters.editor.fieldFor", { name, field: fieldLabel })}
          title={rule.field}
          className="inline-flex min-h-[38px] max-w-full items-center gap-1 rounded-md border border-brand-100 bg-brand-50 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-100"
        >
          <span className="truncate">{fieldLabel}</span>
          <span aria-hidden="true" className="text-xs text-brand-500">
            ▾
          </span>
        </button>
        <label htmlFor={`${id}-operator`} className="sr-only">
          {t("filters.editor.conditionFor", { name })}
        </label>
        <select
          id={`${id}-operator`}
          value={rule.operator}
          onChange={(event) => {
            const next = FILTER_OPERATORS.find((candidate) => candidate.value === event.target.value);
            if (next) onChange({ ...rule, operator: next.value, value: next.needsValue ? rule.value : "" });
          }}
          className="min-h-[38px] rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
        >
          {OPERATOR_GROUPS.map((group) => (
            <optgroup key={group} label={t(group)}>
              {FILTER_OPERATORS.filter((candidate) => candidate.group === group).map((candidate) => (
                <option key={candidate.value} value={candidate.value}>
                  {t(candidate.label)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {needsValue ? (
          <div className="min-w-[12rem] flex-1">
            <TokenEditor
              id={`${id}-value`}
              label={t("filters.editor.valueFor", { name })}
              value={rule.value}
              onChange={(value) => onChange({ ...rule, value })}
              sources={sources}
              placeholder={t(operator?.hint ?? "filters.hints.value")}
            />
          </div>
        ) : null}
        <button type="button" onClick={onRemove} className="ml-auto rounded-md px-2 py-2 text-sm font-medium text-red-700 hover:bg-red-50">
          {t.rich("filters.editor.remove", { name, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
        </button>
      </div>
      {needsValue ? <MappedPreview template={rule.value} context={context} sources={sources} /> : null}
      {result ? (
        <p className={`text-xs ${result.passed ? "text-emerald-700" : "text-amber-800"}`}>
          <span aria-hidden="true">{result.passed ? "✓ " : "✗ "}</span>
          {t(result.passed ? "filters.editor.trueForSample" : "filters.editor.notTrueForSample", {
            actual: userMessageValueText({ value: describeActual(result.actual), t }),
          })}
        </p>
      ) : null}
    </div>
  );
}
