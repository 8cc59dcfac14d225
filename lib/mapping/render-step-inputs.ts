// Turns a step's mapped values into the input its action receives: templates rendered against the
// run's data, key/value rows into an object, then validated by the action's own field schemas.
import type { Fields, InputOf } from "@/lib/catalog/field";
import { fieldsSchema } from "@/lib/catalog/field";
import { renderTemplate } from "@/lib/mapping/render-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import type { MappedValue } from "@/lib/zaps/schema";

export type RenderedInputs<F extends Fields> =
  | { ok: true; input: InputOf<F>; raw: Record<string, unknown>; missing: string[] }
  | { ok: false; errors: Record<string, string>; raw: Record<string, unknown>; missing: string[] };

function renderValue(value: MappedValue | undefined, context: MappingContext, missing: string[]): unknown {
  if (value === undefined || typeof value === "boolean") return value;
  if (typeof value === "string") {
    const rendered = renderTemplate({ template: value, context });
    missing.push(...rendered.missing);
    return rendered.value;
  }
  // No rows (every row removed) means no value, not an empty list.
  if (value.length === 0) return undefined;
  if (value.every((item) => typeof item === "string")) return value;
  const record: Record<string, unknown> = {};
  for (const row of value as { key: string; value: string }[]) {
    const key = String(renderValue(row.key, context, missing) ?? "").trim();
    if (key === "" || key === "__proto__") continue;
    const rendered = renderValue(row.value, context, missing);
    record[key] = rendered === undefined ? null : typeof rendered === "object" && rendered !== null ? JSON.stringify(rendered) : rendered;
  }
  return record;
}

export function renderStepInputs<F extends Fields>({
  fields,
  mapped,
  context,
}: {
  fields: F;
  mapped: Record<string, MappedValue>;
  context: MappingContext;
}): RenderedInputs<F> {
  const missing: string[] = [];
  const raw: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const name of Object.keys(fields)) {
    try {
      raw[name] = renderValue(Object.hasOwn(mapped, name) ? mapped[name] : undefined, context, missing);
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, raw, missing };
  const parsed = fieldsSchema(fields).safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data, raw, missing };
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "input")] ??= issue.message;
  return { ok: false, errors, raw, missing };
}
