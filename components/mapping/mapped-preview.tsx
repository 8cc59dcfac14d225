import { useTranslations } from "next-intl";
import { errorUserMessage, userMessageText } from "@/lib/i18n/user-message";
import type { Translate } from "@/lib/i18n/translator";
import { labelForPath } from "@/lib/mapping/label-for-path";
import type { PickerSource } from "@/lib/mapping/picker-source";
import { renderTemplate } from "@/lib/mapping/render-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { templateSegments } from "@/lib/mapping/template-segments";

const BOOLEAN_WORDS = new Set(["true", "yes", "1", "on", "false", "no", "0", "off"]);

/** What a field's value must look like after rendering, to warn before the step would fail. */
export type PreviewExpect =
  { kind: "text" } | { kind: "number"; integer?: boolean; min?: number; max?: number } | { kind: "boolean" } | { kind: "select"; values: string[] };

function asText(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

// Bounds go in as text, as the catalog writes them (1000, not a localized "1.000").
function mismatch(text: string, expect: PreviewExpect, t: Translate): string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (expect.kind === "number") {
    const number = Number(trimmed);
    if (!Number.isFinite(number)) return t("mapping.preview.notNumber", { value: trimmed });
    if (expect.integer && !Number.isInteger(number)) return t("mapping.preview.notWholeNumber", { value: trimmed });
    if (expect.min !== undefined && number < expect.min) return t("mapping.preview.lessThan", { value: trimmed, min: String(expect.min) });
    if (expect.max !== undefined && number > expect.max) return t("mapping.preview.moreThan", { value: trimmed, max: String(expect.max) });
  }
  if (expect.kind === "boolean" && !BOOLEAN_WORDS.has(trimmed.toLowerCase())) return t("mapping.preview.notBoolean", { value: trimmed });
  if (expect.kind === "select" && !expect.values.includes(trimmed)) return t("mapping.preview.notOption", { value: trimmed, values: expect.values.join(", ") });
  return undefined;
}

/**
 * A template rendered with the sample, as the worker would render it, with a warning for each field
 * the sample lacks (it still renders, empty there) and for a value the field would refuse.
 */
export function MappedPreview({
  template,
  context,
  sources,
  expect = { kind: "text" },
  typed = false,
  id,
}: {
  template: string;
  context: MappingContext;
  sources: PickerSource[];
  expect?: PreviewExpect;
  /** The field sends a lone field's number or boolean as it is (attributes, event data): say which type goes. */
  typed?: boolean;
  id?: string;
}) {
  const t = useTranslations();
  let rendered: { value: unknown; missing: string[] };
  try {
    rendered = renderTemplate({ template, context });
  } catch (error) {
    return (
      <p id={id} className="text-xs text-red-700">
        {t("mapping.preview.cannotUse", { error: userMessageText({ message: errorUserMessage(error), t }) })}
      </p>
    );
  }
  const text = asText(rendered.value);
  const problem = mismatch(text, expect, t);
  if (templateSegments({ template }).length === 1) {
    // Typed text only: it is its own preview, unless the field would refuse it.
    return problem ? (
      <p id={id} className="text-xs text-amber-800">
        <span aria-hidden="true">⚠ </span>
        {problem}
      </p>
    ) : null;
  }
  const missing = [...new Set(rendered.missing)];
  return (
    <div id={id} className="space-y-1 text-xs">
      <p className="text-slate-600">
        <span className="font-medium text-slate-700">{t("mapping.preview.withSample")} </span>
        {typed && (typeof rendered.value === "number" || typeof rendered.value === "boolean") ? (
          <>
            <span className="rounded bg-slate-100 px-1 py-0.5 text-[11px] font-medium text-slate-700">
              {typeof rendered.value === "number" ? t("mapping.preview.typeNumber") : t("mapping.preview.typeBoolean")}
            </span>{" "}
          </>
        ) : null}
        {text === "" ? (
          <span className="italic text-slate-500">{t("mapping.preview.empty")}</span>
        ) : (
          <span className="whitespace-pre-wrap break-all font-mono text-slate-900">{text}</span>
        )}
      </p>
      {missing.length > 0 ? (
        <p className="text-amber-800">
          <span aria-hidden="true">⚠ </span>
          {t("mapping.preview.missing", { fields: missing.map((path) => `“${labelForPath({ path, sources }) ?? path}”`).join(", "), count: missing.length })}
        </p>
      ) : null}
      {problem ? (
        <p className="text-amber-800">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
