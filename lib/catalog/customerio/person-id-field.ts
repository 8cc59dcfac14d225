// The person a step acts on, as Customer.io's Track API identifies people in its paths.
import { field, type TextField } from "@/lib/catalog/field";

export function personIdField(): TextField<true> {
  return field.text({
    label: "Person ID or email",
    required: true,
    maxBytes: 150,
    help: "The person's ID in Customer.io, or their email address if your workspace identifies people by email.",
    example: "cus_NffrFeUfNV2Hib",
  });
}
