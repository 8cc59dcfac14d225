/**
 * The connection ids a stored zap definition names (trigger and steps), lower-cased. Read loosely:
 * a draft may be incomplete or written by an older version, and still names its connections.
 */
export function definitionConnectionIds(definition: unknown): string[] {
  const ids = new Set<string>();
  const note = (holder: unknown) => {
    const id = isRecord(holder) ? holder.connectionId : undefined;
    if (typeof id === "string" && id) ids.add(id.toLowerCase());
  };
  if (!isRecord(definition)) return [];
  note(definition.trigger);
  if (Array.isArray(definition.steps)) definition.steps.forEach(note);
  return [...ids];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
