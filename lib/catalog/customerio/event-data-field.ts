// Event data rows, limited as a whole to the 100,000 bytes the Track API accepts for a v1 event.
import type { z } from "zod";
import { field, fieldIssue, type KeyValue, type KeyValueField } from "@/lib/catalog/field";

const MAX_DATA_BYTES = 100_000;

export function eventDataField(options: { label: string; help?: string; example?: string }): KeyValueField {
  const rows = field.keyValue(options);
  const schema = rows.schema.superRefine((data, context) => {
    if (data && Buffer.byteLength(JSON.stringify(data), "utf8") > MAX_DATA_BYTES) {
      context.addIssue({ code: "custom", ...fieldIssue(options.label, "runErrors.customerio.eventDataTooLarge", { max: MAX_DATA_BYTES }) });
    }
  });
  return { ...rows, schema: schema as z.ZodType<KeyValue | undefined> };
}
