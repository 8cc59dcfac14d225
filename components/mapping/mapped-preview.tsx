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

function mismatch(text: string, expect: PreviewExpect): string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (expect.kind === "number") {
    const number = Number(trimmed);
    if (!Number.isFinite(number)) return `“${trimmed}” is not a number, so the step would fail.`;
    if (expect.integer && !Number.isInteger(number)) return `“${trimmed}” is not a whole number, so the step would fail.`;
    if (expect.min !== undefined && number < expect.min) return `${trimmed} is less than ${expect.min}, so the step would fail.`;
    if (expect.max !== undefined && number > expect.max) return `${trimmed} is more than ${expect.max}, so the step would fail.`;
  }
  if (expect.kind === "boolean" && !BOOLEAN_WORDS.has(trimmed.toLowerCase())) return `“${trimmed}” is not yes or no (true/false), so the step would fail.`;
  if (expect.kind === "select" && !expect.values.includes(trimmed)) return `“${trimmed}” is not one of ${expect.values.join(", ")}, so the step would fail.`;
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
  let rendered: { value: unknown; missing: string[] };
  try {
    rendered = renderTemplate({ template, context });
  } catch (error) {
    return (
      <p id={id} className="text-xs text-red-700">
        This value cannot be used: {error instanceof Error ? error.message : String(error)}
      </p>
    );
  }
  const text = asText(rendered.value);
  const problem = mismatch(text, expect);
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
        <span className="font-medium text-slate-700">With the sample: </span>
        {typed && (typeof rendered.value === "number" || typeof rendered.value === "boolean") ? (
          <>
            <span className="rounded bg-slate-100 px-1 py-0.5 text-[11px] font-medium text-slate-700">{typeof rendered.value}</span>{" "}
          </>
        ) : null}
        {text === "" ? (
          <span className="italic text-slate-500">empty</span>
        ) : (
          <span className="whitespace-pre-wrap break-all font-mono text-slate-900">{text}</span>
        )}
      </p>
      {missing.length > 0 ? (
        <p className="text-amber-800">
          <span aria-hidden="true">⚠ </span>
          The sample has no {missing.map((path) => `“${labelForPath({ path, sources }) ?? path}”`).join(", ")}: for events like it,{" "}
          {missing.length === 1 ? "that part stays" : "those parts stay"} empty.
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
