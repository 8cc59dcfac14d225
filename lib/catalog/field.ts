// Field builders for catalog declarations. One builder call gives the form (kind, label, help,
// example), the runtime validation (a zod schema that also accepts the strings that rendered
// templates produce) and, through InputOf, the TypeScript type of the input.
import { z } from "zod";

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

/** Empty values become undefined; a required field then says it is required before any other check. */
function finish<T>(schema: z.ZodType<T>, required: boolean, label: string): z.ZodType<T | undefined> {
  if (!required) return z.preprocess(blankToUndefined, schema.optional());
  const present = z.unknown().refine((value): boolean => value !== undefined, `${label} is required.`);
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
  if (maxBytes) schema = schema.refine((v) => byteLength(v) <= maxBytes, `${label} must be at most ${maxBytes} bytes.`) as never;
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
  let schema = z.coerce.number({ error: `${label} must be a number.` }).refine(Number.isFinite, `${label} must be a number.`);
  if (options.integer) schema = schema.refine(Number.isInteger, `${label} must be a whole number.`);
  if (min !== undefined) schema = schema.refine((v) => v >= min, `${label} must be at least ${min}.`);
  if (max !== undefined) schema = schema.refine((v) => v <= max, `${label} must be at most ${max}.`);
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
    z.boolean({ error: `${label} must be yes or no.` }),
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
    .refine((v): v is V => (values as string[]).includes(v), `${label} must be one of: ${values.join(", ")}.`) as unknown as z.ZodType<V>;
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
    z.array(z.string().refine((v) => values.includes(v), `${label} must only contain: ${values.join(", ")}.`)),
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
  let schema = z.record(z.string().min(1, `${label}: every row needs a name.`), entry) as z.ZodType<KeyValue>;
  schema = schema.superRefine((record, ctx) => {
    const keys = Object.keys(record);
    if (maxEntries && keys.length > maxEntries) ctx.addIssue({ code: "custom", message: `${label} can have at most ${maxEntries} rows.` });
    for (const key of keys) {
      if (maxKeyBytes && byteLength(key) > maxKeyBytes)
        ctx.addIssue({ code: "custom", message: `${label}: the name "${key.slice(0, 40)}" is longer than ${maxKeyBytes} bytes.` });
      const value = record[key];
      if (maxValueBytes && typeof value === "string" && byteLength(value) > maxValueBytes) {
        ctx.addIssue({ code: "custom", message: `${label}: the value of "${key.slice(0, 40)}" is longer than ${maxValueBytes} bytes.` });
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
