// Turns a step's mapped values into the input its action receives: templates rendered against the
// run's data, key/value rows into an object, then validated by the action's own field schemas.
import { englishText, errorUserMessage, said, type UserMessage, type UserMessageValue } from "@/lib/i18n/user-message";
import type { Fields, InputOf } from "@/lib/catalog/field";
import { fieldProblem, fieldsSchema } from "@/lib/catalog/field";
import { renderTemplate } from "@/lib/mapping/render-template";
import { TemplateError } from "@/lib/mapping/parse-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { valueAsText } from "@/lib/mapping/value-as-text";
import type { MappedValue } from "@/lib/zaps/schema";

/**
 * What a step's rendered inputs may add up to, in characters. Each template is bounded on its own,
 * but 300 key/value rows that each name the same 1 MB field would make 300 MB of input to send and store.
 */
export const MAX_STEP_INPUT_LENGTH = 1_000_000;

export type RenderedInputs<F extends Fields> =
  | { ok: true; input: InputOf<F>; raw: Record<string, unknown>; missing: string[] }
  /** `errors`: each field's problem in English; `messages`: the same, to word in the viewer's language. */
  | { ok: false; errors: Record<string, string>; messages: Record<string, UserMessage>; raw: Record<string, unknown>; missing: string[] };

interface Budget {
  used: number;
}

interface Found {
  missing: string[];
  empty: string[];
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** A field's label (a plain string, or the catalog's words), or for a path the label of what it reads. */
export type LabelFor = (path: string) => UserMessageValue | undefined;

/** "Customer ID is empty: Customer (trigger.customer) has no value in this event", naming each field the mapping read. */
function emptyBecause({ field, paths, labelFor }: { field: UserMessageValue; paths: string[]; labelFor?: LabelFor }): UserMessage {
  const names = paths.map((path): UserMessageValue => {
    const label = labelFor?.(path);
    return label === undefined ? path : said("fieldErrors.labelledPath", { label, path });
  });
  return said("fieldErrors.emptyBecause", { field, list: listOf(names), count: names.length });
}

/** "A", "A and B", "A, B and C", in the viewer's language. */
function listOf(names: UserMessageValue[]): UserMessageValue {
  const [first = "", ...rest] = names;
  if (rest.length === 0) return first;
  if (rest.length === 1) return said("fieldErrors.listAnd", { items: first, last: rest[0] ?? "" });
  return said("fieldErrors.listComma", { first, rest: listOf(rest) });
}

function spend(budget: Budget, length: number): void {
  budget.used += length;
  if (budget.used > MAX_STEP_INPUT_LENGTH) {
    throw new TemplateError(said("runErrors.template.stepInputsTooLong", { max: MAX_STEP_INPUT_LENGTH }));
  }
}

function renderValue(value: MappedValue | undefined, context: MappingContext, found: Found, budget: Budget): unknown {
  if (value === undefined || typeof value === "boolean") return value;
  if (typeof value === "string") {
    const rendered = renderTemplate({ template: value, context });
    found.missing.push(...rendered.missing);
    found.empty.push(...rendered.empty);
    // A lone field keeps its type; an object is measured as the JSON it will be sent as.
    spend(budget, typeof rendered.value === "string" ? rendered.value.length : valueAsText({ value: rendered.value }).length);
    return rendered.value;
  }
  // No rows (every row removed) means no value, not an empty list.
  if (value.length === 0) return undefined;
  if (value.every((item) => typeof item === "string")) return value;
  const record: Record<string, unknown> = {};
  for (const row of value as { key: string; value: string }[]) {
    const key = valueAsText({ value: renderValue(row.key, context, found, budget) }).trim();
    // Assigning "__proto__" would set the record's prototype instead of adding a key.
    if (key === "" || key === "__proto__") continue;
    const rendered = renderValue(row.value, context, found, budget);
    record[key] = rendered === undefined ? null : typeof rendered === "object" && rendered !== null ? valueAsText({ value: rendered }) : rendered;
  }
  return record;
}

export function renderStepInputs<F extends Fields>({
  fields,
  mapped,
  context,
  labelFor,
  fieldLabel = (name) => fields[name]?.label ?? name,
}: {
  fields: F;
  mapped: Record<string, MappedValue>;
  context: MappingContext;
  /** The catalog's label for a path ("Customer ID"), to say which mapped field was empty. */
  labelFor?: LabelFor;
  /** A field's label in messages: the catalog's words for it, to be worded in the viewer's language. */
  fieldLabel?: (name: string) => UserMessageValue;
}): RenderedInputs<F> {
  const missing: string[] = [];
  const emptyPaths: Record<string, string[]> = {};
  const raw: Record<string, unknown> = {};
  const messages: Record<string, UserMessage> = {};
  const budget: Budget = { used: 0 };
  for (const name of Object.keys(fields)) {
    const found: Found = { missing: [], empty: [] };
    try {
      raw[name] = renderValue(Object.hasOwn(mapped, name) ? mapped[name] : undefined, context, found, budget);
    } catch (error) {
      messages[name] = errorUserMessage(error);
    }
    missing.push(...found.missing);
    emptyPaths[name] = [...new Set(found.empty)];
  }
  if (Object.keys(messages).length > 0) return failed({ messages, raw, missing });
  const parsed = fieldsSchema(fields).safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data, raw, missing };
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? "input");
    const paths = emptyPaths[name] ?? [];
    // A field that rendered empty because the event lacks what it maps says which mapping that was.
    const field = fieldLabel(name);
    messages[name] ??= fields[name] && paths.length > 0 && isBlank(raw[name]) ? emptyBecause({ field, paths, labelFor }) : fieldProblem({ issue, field });
  }
  return failed({ messages, raw, missing });
}

function failed({ messages, raw, missing }: { messages: Record<string, UserMessage>; raw: Record<string, unknown>; missing: string[] }) {
  const errors = Object.fromEntries(Object.entries(messages).map(([name, message]) => [name, englishText(message)]));
  return { ok: false as const, errors, messages, raw, missing };
}
