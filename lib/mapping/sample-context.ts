// The data the builder's previews render against: the picker's sources put back into the shape a
// run sees (resolve-path.ts), so the preview and the worker read paths the same way.
import type Stripe from "stripe";
import type { OutputField } from "@/lib/catalog/define";
import type { PickerSource } from "@/lib/mapping/picker-source";
import type { MappingContext } from "@/lib/mapping/resolve-path";

const EVENT_PREFIX = "$event.";
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** Without the whole event, the envelope is rebuilt from the examples of the $event.* output fields. */
function envelopeFromFields(fields: readonly OutputField[] = []): Record<string, unknown> {
  const envelope: Record<string, unknown> = {};
  for (const field of fields) {
    if (!field.path.startsWith(EVENT_PREFIX) || field.example === undefined) continue;
    const segments = field.path.slice(EVENT_PREFIX.length).split(".");
    if (segments.some((segment) => FORBIDDEN.has(segment))) continue;
    let node = envelope;
    for (const segment of segments.slice(0, -1)) {
      if (!isRecord(node[segment])) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    node[segments[segments.length - 1] ?? ""] = field.example;
  }
  return envelope;
}

export function sampleContext({ sources }: { sources: readonly PickerSource[] }): MappingContext {
  let trigger: Record<string, unknown> = { data: { object: undefined } };
  const steps: Record<string, unknown> = {};
  for (const source of sources) {
    if (source.root === "trigger") {
      const envelope = isRecord(source.event) ? source.event : envelopeFromFields(source.fields);
      trigger = { ...envelope, data: { ...(isRecord(envelope.data) ? envelope.data : {}), object: source.data } };
    } else if (source.root.startsWith("steps.")) {
      steps[source.root.slice("steps.".length)] = source.data;
    }
  }
  return { trigger: trigger as unknown as Stripe.Event, steps };
}
