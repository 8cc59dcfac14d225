import type { OutputField } from "@/lib/catalog/define";

/** One root the data picker offers: the trigger's event or an earlier step's output. */
export interface PickerSource {
  /** "trigger" or "steps.<id>": the start of every path picked from it. */
  root: string;
  /** Shown as the group's heading, e.g. "1. Stripe: Subscription canceled". */
  label: string;
  /** The sample at that root: for "trigger" the event's data.object, for a step its output. */
  data: unknown;
  /** The whole sample event (trigger only): lists the envelope under trigger.$event and previews $event paths. */
  event?: unknown;
  /** Catalog output fields with human labels (paths relative to the root), listed first. */
  fields?: readonly OutputField[];
}
