// A date input that accepts Unix seconds, Unix milliseconds or an ISO 8601 date and gives whole Unix
// seconds, the only unit Customer.io reads correctly. Drawn as a text field.
import { z } from "zod";
import { field, fieldIssue, type FieldBase } from "@/lib/catalog/field";
import { toUnixSeconds } from "@/lib/catalog/customerio/to-unix-seconds";

type Seconds<R extends boolean> = R extends true ? number : number | undefined;

export type TimestampField<R extends boolean> = FieldBase<"text", Seconds<R>> & { multiline: boolean; maxBytes?: number };

export function timestampField<const R extends boolean = false>(options: { label: string; help?: string; example?: string; required?: R }): TimestampField<R> {
  const text = field.text(options);
  const schema = text.schema.transform((value, context) => {
    if (value === undefined) return undefined;
    const seconds = toUnixSeconds(value);
    if (seconds === undefined) {
      context.addIssue({ code: "custom", ...fieldIssue(options.label, "runErrors.customerio.notADate") });
      return z.NEVER;
    }
    return seconds;
  });
  return { ...text, schema: schema as z.ZodType<Seconds<R>> };
}
