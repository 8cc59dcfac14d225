// A list of person identifiers typed one per line or separated by commas (or mapped from a
// template), validated against the Track API's limits for manual segments.
import { z } from "zod";
import { field, fieldIssue, type FieldBase } from "@/lib/catalog/field";

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
    const { label } = options;
    if (ids.length === 0) context.addIssue({ code: "custom", ...fieldIssue(label, "fieldErrors.required") });
    if (ids.length > MAX_IDS) context.addIssue({ code: "custom", ...fieldIssue(label, "runErrors.customerio.tooManyPeople", { max: MAX_IDS }) });
    const long = ids.find((id) => Buffer.byteLength(id, "utf8") > MAX_ID_BYTES);
    if (long) context.addIssue({ code: "custom", ...fieldIssue(label, "runErrors.customerio.personIdTooLong", { id: long.slice(0, 40), max: MAX_ID_BYTES }) });
    return ids;
  });
  return { ...text, schema: schema as z.ZodType<string[]> };
}
