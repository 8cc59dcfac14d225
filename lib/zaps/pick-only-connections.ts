import type { ZapDefinition } from "@/lib/zaps/schema";
import { isFilterStep } from "@/lib/zaps/is-filter-step";

export interface ConnectionChoice {
  id: string;
  app: string;
  status: string;
}

/**
 * The definition with each empty connection filled in when the user has exactly one working
 * connection of that app, as the builder does when a trigger or step is added by hand. A copy.
 */
export function pickOnlyConnections({ definition, connections }: { definition: ZapDefinition; connections: readonly ConnectionChoice[] }): ZapDefinition {
  const only = (app: string) => {
    const working = connections.filter((connection) => connection.app === app && connection.status === "ACTIVE");
    return working.length === 1 ? (working[0]?.id ?? null) : null;
  };
  const { trigger } = definition;
  return {
    ...definition,
    trigger: trigger && { ...trigger, connectionId: trigger.connectionId ?? only(trigger.app) },
    steps: definition.steps.map((step) => (isFilterStep(step) ? step : { ...step, connectionId: step.connectionId ?? only(step.app) })),
  };
}
