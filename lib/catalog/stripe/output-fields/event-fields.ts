import type { OutputFieldSpec } from "@/lib/catalog/stripe/output-fields-from";

/** Fields of the event envelope every trigger offers (paths starting with "$event.", see read-output-path.ts). */
export const eventFields: readonly OutputFieldSpec[] = [
  { path: "$event.id", label: "Event ID", type: "string", help: "Unique per Stripe event: handy as a deduplication key." },
  { path: "$event.type", label: "Event type", type: "string" },
  { path: "$event.created", label: "Event time", type: "timestamp" },
];
