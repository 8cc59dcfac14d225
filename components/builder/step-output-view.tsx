import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LocalTime } from "@/components/ui/local-time";
import type { OutputField } from "@/lib/catalog/define";
import type { Translate } from "@/lib/i18n/translator";

function valueAt(output: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((value, segment) => {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    return (value as Record<string, unknown>)[segment];
  }, output);
}

function shown(value: unknown, type: OutputField["type"], t: Translate): ReactNode {
  if (value === undefined || value === null || value === "") return t("builder.output.empty");
  if (type === "timestamp" && typeof value === "number")
    return t.rich("builder.output.timestamp", { value: String(value), time: () => <LocalTime iso={new Date(value * 1000).toISOString()} /> });
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** A step's output, field by field with the catalog's labels: what later steps map from. */
export function StepOutputView({ fields, output, label }: { fields: readonly OutputField[]; output: unknown; label: string }) {
  const t = useTranslations();
  return (
    <dl aria-label={label} className="grid grid-cols-1 gap-x-4 gap-y-1 rounded-md border border-slate-200 bg-white p-3 text-sm sm:grid-cols-[max-content_1fr]">
      {fields.map((field) => (
        <div key={field.path} className="contents">
          <dt className="text-slate-600">{field.label}</dt>
          <dd className="break-all font-mono text-xs leading-5 text-slate-900">{shown(valueAt(output, field.path), field.type, t)}</dd>
        </div>
      ))}
    </dl>
  );
}
