/** The event a zap's steps map from, in the builder and its tests: the chosen event when it fits the trigger, else the trigger's catalog sample. */
export function zapSampleEvent<T>({ chosen, eventTypes, catalogSample }: { chosen: unknown; eventTypes: readonly string[]; catalogSample: T }): T {
  const type = (chosen as { type?: unknown } | null)?.type;
  return typeof type === "string" && eventTypes.includes(type) ? (chosen as T) : catalogSample;
}
