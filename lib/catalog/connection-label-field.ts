import { field } from "@/lib/catalog/field";
import { connectionLabelSchema } from "@/lib/connections/schema";

/** The optional name every connect form ends with; `help` says what it defaults to. */
export function connectionLabelField({ help }: { help: string }) {
  return field.text({ label: "Name", help, schema: connectionLabelSchema });
}
