// Catalog fields as plain JSON for client components: everything the form needs (kind, label, help,
// example, limits, options), nothing it cannot receive (the zod schemas).
import type { AnyField, Fields, SelectOption } from "@/lib/catalog/field";

interface DescriptorBase {
  /** The input's key in the step's mapped values. */
  name: string;
  label: string;
  help?: string;
  example?: string;
  required: boolean;
}

export type FieldDescriptor =
  | (DescriptorBase & { kind: "text"; multiline: boolean; maxBytes?: number; code?: true; secret?: true })
  | (DescriptorBase & { kind: "number"; integer: boolean; min?: number; max?: number })
  | (DescriptorBase & { kind: "boolean"; default: boolean })
  | (DescriptorBase & { kind: "select"; options: SelectOption[]; default?: string })
  | (DescriptorBase & { kind: "multiSelect"; options: SelectOption[]; default: string[] })
  | (DescriptorBase & { kind: "keyValue"; maxEntries?: number; maxValueBytes?: number });

export type FieldKind = FieldDescriptor["kind"];

/** Drops undefined properties, so the result survives JSON unchanged. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

function describe(name: string, field: AnyField): FieldDescriptor {
  const base = { name, label: field.label, help: field.help, example: field.example, required: field.required };
  // Builders add their kind-specific properties beside FieldBase; read them by kind.
  const extra = field as AnyField & Record<string, unknown>;
  const options = () => (extra.options as readonly SelectOption[]).map((option) => defined({ value: option.value, label: option.label, hint: option.hint }));
  switch (field.kind) {
    case "text":
      return defined<FieldDescriptor>({
        ...base,
        kind: "text",
        multiline: extra.multiline === true,
        maxBytes: extra.maxBytes as number | undefined,
        code: extra.code === true ? true : undefined,
        secret: extra.secret === true ? true : undefined,
      });
    case "number":
      return defined<FieldDescriptor>({
        ...base,
        kind: "number",
        integer: extra.integer === true,
        min: extra.min as number | undefined,
        max: extra.max as number | undefined,
      });
    case "boolean":
      return defined<FieldDescriptor>({ ...base, kind: "boolean", default: extra.default === true });
    case "select":
      return defined<FieldDescriptor>({ ...base, kind: "select", options: options(), default: extra.default as string | undefined });
    case "multiSelect":
      return defined<FieldDescriptor>({ ...base, kind: "multiSelect", options: options(), default: [...((extra.default as string[] | undefined) ?? [])] });
    case "keyValue":
      return defined<FieldDescriptor>({
        ...base,
        kind: "keyValue",
        maxEntries: extra.maxEntries as number | undefined,
        maxValueBytes: extra.maxValueBytes as number | undefined,
      });
    default:
      throw new Error(`The field "${name}" has the kind "${field.kind}", which the builder cannot draw: use one of the builders in lib/catalog/field.ts.`);
  }
}

/** A catalog field map as JSON-safe descriptors, in declaration order. */
export function describeFields(fields: Fields): FieldDescriptor[] {
  return Object.entries(fields).map(([name, field]) => describe(name, field));
}
