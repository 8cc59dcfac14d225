/**
 * A copy of a stored zap definition whose trigger and steps name connection `to` where they named
 * one of `from` (lower-cased ids); everything else is kept as it was.
 */
export function replaceDefinitionConnection<Definition>({
  definition,
  from,
  to,
}: {
  definition: Definition;
  from: ReadonlySet<string>;
  to: string;
}): Definition {
  if (!isRecord(definition)) return definition;
  const swap = (holder: unknown): unknown =>
    isRecord(holder) && typeof holder.connectionId === "string" && from.has(holder.connectionId.toLowerCase()) ? { ...holder, connectionId: to } : holder;
  return {
    ...definition,
    ...("trigger" in definition ? { trigger: swap(definition.trigger) } : {}),
    ...(Array.isArray(definition.steps) ? { steps: definition.steps.map(swap) } : {}),
  } as Definition;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
