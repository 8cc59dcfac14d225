/** The id of a sample event ("evt_…"), or null when it has none: what a step test records it mapped from. */
export function sampleEventId(sample: unknown): string | null {
  const id = (sample as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : null;
}
