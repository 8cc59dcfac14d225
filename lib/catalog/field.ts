// Field builders for catalog declarations. One builder call gives the form (kind, label, help,
// example), the runtime validation (a zod schema that also accepts the strings that rendered
// templates produce) and, through InputOf, the TypeScript type of the input.
import { z } from "zod";
import { englishText, plainText, said, type UserMessage, type UserMessageValue } from "@/lib/i18n/user-message";
import type { MessageKey } from "@/lib/i18n/message-key";

interface FieldOptions<R extends boolean> {
  label: string;
  /** One sentence on what the field needs, shown under it. */
  help?: string;
  /** A realistic value, shown as the placeholder and in docs. */
  example?: string;
  required?: R;
}

export interface FieldBase<Kind extends string, Value> {
  kind: Kind;
  label: string;
  help?: string;
  example?: string;
  required: boolean;
  schema: z.ZodType<Value>;
}

type Value<R extends boolean, T> = R extends true ? T : T | undefined;

/** Empty, all-blank (e.g. a template whose values were all empty) and null count as "no value". */
const blankToUndefined = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);

/**
 * A validation issue's message: zod's `message` in English, naming the field, and its key and values
 * without the field (`params.problem`), for fieldProblem() to word in the viewer's language with the
 * field's label in it. For `.refine(check, fieldIssue(…))` and `ctx.addIssue({ code: "custom", ...fieldIssue(…) })`.
 */
export function fieldIssue(
  label: string,
  key: MessageKey,
  values: Record<string, string | number> = {},
): { message: string; params: { problem: UserMessage } } {
  return { message: englishText(said(key, { ...values, field: label })), params: { problem: said(key, values) } };
}

/**
 * What a field's validation issue says, with `field` (its label, e.g. in the viewer's language) in it;
 * an issue from a schema of its own (a connection key's) is its English message as is.
 */
export function fieldProblem({ issue, field }: { issue: z.core.$ZodIssue; field: UserMessageValue }): UserMessage {
  const problem = "params" in issue ? (issue.params as { problem?: UserMessage } | undefined)?.problem : undefined;
  if (!problem || !("key" in problem)) return plainText(issue.message);
  return said(problem.key, { ...problem.values, field });
}

/** Empty values become undefined; a required field then says it is required before any other check. */
function finish<T>(schema: z.ZodType<T>, required: boolean, label: string): z.ZodType<T | undefined> {
  if (!required) return z.preprocess(blankToUndefined, schema.optional());
  const present = z.unknown().refine((value): boolean => value !== undefined, fieldIssue(label, "fieldErrors.required"));
  return z.preprocess(blankToUndefined, present.pipe(schema));
}

const byteLength = (value: string) => Buffer.byteLength(value, "utf8");

export type TextField<R extends boolean = boolean> = FieldBase<"text", Value<R, string>> & {
  multiline: boolean;
  maxBytes?: number;
  /** A pasted key or identifier: shown monospaced, never autocompleted or spell-checked. */
  code?: true;
  /** A credential (a connection's key): stored encrypted and never shown again. */
  secret?: true;
};

interface TextOptions<R extends boolean> extends FieldOptions<R> {
  multiline?: boolean;
  maxBytes?: number;
  code?: boolean;
  /** Replaces the field's validation, for messages that name the usual mistakes (a connection's keys). */
  schema?: z.ZodType<Value<R, string>>;
}

function text<const R extends boolean = false>(options: TextOptions<R>): TextField<R> {
  const { maxBytes, label } = options;
  let schema = z.coerce.string().trim();
  if (maxBytes) schema = schema.refine((v) => byteLength(v) <= maxBytes, fieldIssue(label, "fieldErrors.maxBytes", { max: maxBytes })) as never;
  return {
    kind: "text",
    label,
    help: options.help,
    example: options.example,
    required: options.required ?? false,
    multiline: options.multiline ?? false,
    maxBytes,
    ...(options.code ? { code: true as const } : {}),
    schema: options.schema ?? (finish(schema, options.required ?? false, label) as z.ZodType<Value<R, string>>),
  };
}

/** A credential typed into a connection form: a text field shown monospaced and stored encrypted. */
function secret<const R extends boolean = false>(options: Omit<TextOptions<R>, "multiline" | "maxBytes" | "code">): TextField<R> {
  return { ...text({ ...options, code: true }), secret: true };
}

export type NumberField<R extends boolean = boolean> = FieldBase<"number", Value<R, number>> & { integer: boolean; min?: number; max?: number };

function number<const R extends boolean = false>(options: FieldOptions<R> & { integer?: boolean; min?: number; max?: number }): NumberField<R> {
  const { label, min, max } = options;
  // What coercion cannot read becomes NaN, so that one check words every "not a number".
  let schema = z.coerce
    .number()
    .catch(Number.NaN)
    .refine(Number.isFinite, { ...fieldIssue(label, "fieldErrors.notNumber"), abort: true });
  if (options.integer) schema = schema.refine(Number.isInteger, fieldIssue(label, "fieldErrors.notWholeNumber"));
  if (min !== undefined) schema = schema.refine((v) => v >= min, fieldIssue(label, "fieldErrors.atLeast", { min }));
  if (max !== undefined) schema = schema.refine((v) => v <= max, fieldIssue(label, "fieldErrors.atMost", { max }));
  return {
    kind: "number",
    label,
    help: options.help,
    example: options.example,
    required: options.required ?? false,
    integer: options.integer ?? false,
    min,
    max,
    schema: finish(schema, options.required ?? false, label) as z.ZodType<Value<R, number>>,
  };
}

const TRUE_WORDS = new Set(["true", "yes", "1", "on"]);
const FALSE_WORDS = new Set(["false", "no", "0", "off"]);

export type BooleanField = FieldBase<"boolean", boolean> & { default: boolean };

/** A yes/no choice; always has a value (its default when left empty). */
function boolean(options: Omit<FieldOptions<false>, "required"> & { default: boolean }): BooleanField {
  const { label } = options;
  const schema = z.preprocess(
    (value) => {
      if (value === undefined || value === null || value === "") return options.default;
      if (typeof value === "string") {
        const word = value.trim().toLowerCase();
        if (TRUE_WORDS.has(word)) return true;
        if (FALSE_WORDS.has(word)) return false;
      }
      return value;
    },
    z.unknown().refine((value): value is boolean => typeof value === "boolean", fieldIssue(label, "fieldErrors.notYesNo")) as z.ZodType<boolean>,
  );
  return { kind: "boolean", label, help: options.help, example: options.example, required: true, default: options.default, schema };
}

export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
  /** A line under the label, where the choices are drawn as cards (a connection's region). */
  hint?: string;
}

export type SelectField<V extends string = string, R extends boolean = boolean> = FieldBase<"select", Value<R, V>> & {
  options: readonly SelectOption<V>[];
  default?: V;
};

function select<const V extends string, const R extends boolean = false>(
  options: FieldOptions<R> & {
    options: readonly SelectOption<V>[];
    default?: V;
    /** Replaces the field's validation (after the default applies), for a message of its own. */
    schema?: z.ZodType<V>;
  },
): SelectField<V, R> {
  const { label } = options;
  const values = options.options.map((option) => option.value);
  const schema = z
    .string()
    .refine(
      (v): v is V => (values as string[]).includes(v),
      fieldIssue(label, "fieldErrors.notOneOf", { values: values.join(", ") }),
    ) as unknown as z.ZodType<V>;
  return {
    kind: "select",
    label,
    help: options.help,
    example: options.example,
    required: options.required ?? false,
    options: options.options,
    default: options.default,
    schema: z.preprocess((v) => blankToUndefined(v) ?? options.default, options.schema ?? finish(schema, options.required ?? false, label)) as z.ZodType<
      Value<R, V>
    >,
  };
}

export type MultiSelectField<V extends string = string> = FieldBase<"multiSelect", V[]> & {
  options: readonly SelectOption<V>[];
  default: V[];
};

/** Several of a fixed list of values; empty means its default. */
function multiSelect<const V extends string>(
  options: Omit<FieldOptions<false>, "required"> & { options: readonly SelectOption<V>[]; default: V[] },
): MultiSelectField<V> {
  const { label } = options;
  const values = options.options.map((option) => option.value) as string[];
  const schema = z.preprocess(
    (v) =>
      v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)
        ? options.default
        : typeof v === "string"
          ? v.split(",").map((s) => s.trim())
          : v,
    z.array(z.string().refine((v) => values.includes(v), fieldIssue(label, "fieldErrors.notAllOf", { values: values.join(", ") }))),
  ) as unknown as z.ZodType<V[]>;
  return {
    kind: "multiSelect",
    label,
    help: options.help,
    example: options.example,
    required: true,
    options: options.options,
    default: options.default,
    schema,
  };
}

export type KeyValue = Record<string, string | number | boolean | null>;
export type KeyValueField = FieldBase<"keyValue", KeyValue | undefined> & { maxEntries?: number; maxValueBytes?: number };

/** Named values the user adds as rows (person attributes, event data). */
function keyValue(options: Omit<FieldOptions<false>, "required"> & { maxEntries?: number; maxKeyBytes?: number; maxValueBytes?: number }): KeyValueField {
  const { label, maxEntries, maxKeyBytes, maxValueBytes } = options;
  const entry = z.union([z.string(), z.number(), z.boolean(), z.null()]);
  let schema = z.record(
    z.string().refine((key) => key.length > 0, fieldIssue(label, "fieldErrors.rowNeedsName")),
    entry,
  ) as z.ZodType<KeyValue>;
  schema = schema.superRefine((record, ctx) => {
    const keys = Object.keys(record);
    if (maxEntries && keys.length > maxEntries) ctx.addIssue({ code: "custom", ...fieldIssue(label, "fieldErrors.maxRows", { max: maxEntries }) });
    for (const key of keys) {
      const name = key.slice(0, 40);
      if (maxKeyBytes && byteLength(key) > maxKeyBytes)
        ctx.addIssue({ code: "custom", ...fieldIssue(label, "fieldErrors.rowNameTooLong", { name, max: maxKeyBytes }) });
      const value = record[key];
      if (maxValueBytes && typeof value === "string" && byteLength(value) > maxValueBytes) {
        ctx.addIssue({ code: "custom", ...fieldIssue(label, "fieldErrors.rowValueTooLong", { name, max: maxValueBytes }) });
      }
    }
  }) as z.ZodType<KeyValue>;
  return {
    kind: "keyValue",
    label,
    help: options.help,
    example: options.example,
    required: false,
    maxEntries,
    maxValueBytes,
    schema: z.preprocess(blankToUndefined, schema.optional()) as z.ZodType<KeyValue | undefined>,
  };
}

export const field = { text, secret, number, boolean, select, multiSelect, keyValue };

export type AnyField = FieldBase<string, unknown>;
export type Fields = Record<string, AnyField>;

/** The validated input object a set of fields produces. */
export type InputOf<F extends Fields> = { [K in keyof F]: z.output<F[K]["schema"]> };

/** The zod schema of a whole set of fields. */
// Catalog field sets are module-level constants: one schema each, so zod compiles its fast parser
// once rather than on every run (that compile was a tenth of the worker's CPU).
const schemas = new WeakMap<Fields, z.ZodType>();

export function fieldsSchema<F extends Fields>(fields: F): z.ZodType<InputOf<F>> {
  const known = schemas.get(fields);
  if (known) return known as z.ZodType<InputOf<F>>;
  const shape = Object.fromEntries(Object.entries(fields).map(([key, definition]) => [key, definition.schema]));
  const blank = Object.fromEntries(Object.keys(fields).map((key) => [key, undefined]));
  // Every field sees a value, even one left out, so defaults apply to absent keys too.
  const schema = z.preprocess((input) => (input && typeof input === "object" ? { ...blank, ...input } : input), z.object(shape)) as unknown as z.ZodType<
    InputOf<F>
  >;
  schemas.set(fields, schema);
  return schema;
}
