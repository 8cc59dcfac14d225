// A list of person identifiers typed one per line or separated by commas (or mapped from a
// template), validated against the Track API's limits for manual segments.
import { z } from "zod";
import { field, type FieldBase } from "@/lib/catalog/field";

const MAX_IDS = 1000;
const MAX_ID_BYTES = 150;

export type PersonIdsField = FieldBase<"text", string[]> & { multiline: boolean; maxBytes?: number };

export function personIdsField(options: { label: string; help?: string; example?: string }): PersonIdsField {
  const text = field.text({ ...options, required: true, multiline: true });
  const schema = text.schema.transform((value, context) => {
    const ids = [
      ...new Set(
        value
          .split(/[\n,]/)
          .map((id) => id.trim())
          .filter((id) => id !== ""),
      ),
    ];
    if (ids.length === 0) context.addIssue({ code: "custom", message: `${options.label} is required.` });
    if (ids.length > MAX_IDS) context.addIssue({ code: "custom", message: `${options.label} can list at most ${MAX_IDS} people per step.` });
    const long = ids.find((id) => Buffer.byteLength(id, "utf8") > MAX_ID_BYTES);
    if (long) context.addIssue({ code: "custom", message: `${options.label}: "${long.slice(0, 40)}…" is longer than ${MAX_ID_BYTES} bytes.` });
    return ids;
  });
  return { ...text, schema: schema as z.ZodType<string[]> };
}
