import { useTranslations } from "next-intl";
import { FILTER_OPERATORS } from "@/lib/filters/schema";
import type { JsonValue } from "@/lib/json-value";

interface KeptRule {
  group: number;
  label: string;
  operator: string;
  value: string;
  actual: JsonValue;
  passed: boolean;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

/** What a filter step kept (lib/runs/record-filter-step.ts), read defensively: it is stored JSON. */
function readVerdict(output: JsonValue | null): { passed: boolean; reason: string | null; rules: KeptRule[] } | null {
  if (!output || typeof output !== "object" || Array.isArray(output) || typeof output.passed !== "boolean") return null;
  const rules = Array.isArray(output.rules) ? (output.rules as unknown as KeptRule[]) : [];
  return { passed: output.passed, reason: typeof output.reason === "string" ? output.reason : null, rules };
}

/** A filter step in the run history: whether it let the run through, and each rule with what its field held. */
export function FilterStepView({ output }: { output: JsonValue | null }) {
  const t = useTranslations();
  const shown = (value: unknown) => (isEmpty(value) ? t("runs.filterStep.noValue") : typeof value === "object" ? JSON.stringify(value) : String(value));
  const verdict = readVerdict(output);
  if (!verdict) return <p className="text-sm text-slate-600">{t("runs.filterStep.noVerdict")}</p>;
  const groups = new Set(verdict.rules.map((rule) => rule.group)).size;
  return (
    <div className="space-y-3">
      <p
        role="note"
        className={`rounded-md border px-3 py-2 text-sm ${verdict.passed ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "border-amber-200 bg-amber-50 text-amber-900"}`}
      >
        {verdict.passed ? t("runs.filterStep.passed") : t("runs.filterStep.stopped", { reason: verdict.reason ?? t("runs.filterStep.rulesDidNotHold") })}
      </p>
      <ul className="space-y-1 text-sm" aria-label={t("runs.filterStep.rules")}>
        {verdict.rules.map((rule, index) => {
          const operator = FILTER_OPERATORS.find((candidate) => candidate.value === rule.operator);
          return (
            <li key={index} className={rule.passed ? "text-emerald-800" : "text-amber-900"}>
              <span aria-hidden="true">{rule.passed ? "✓ " : "✗ "}</span>
              <span className="sr-only">{rule.passed ? t("runs.filterStep.holds") : t("runs.filterStep.doesNotHold")} </span>
              {groups > 1 ? `${t("runs.filterStep.group", { number: rule.group })} ` : ""}
              {rule.label} {operator ? t(operator.label) : rule.operator}
              {operator?.needsValue ? ` ${rule.value}` : ""} <span className="text-slate-600">{t("runs.filterStep.itWas", { value: shown(rule.actual) })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
