// Reads a token's path from what a run knows: the trigger's Stripe event and earlier steps' outputs.
//   trigger.<field>          the event's data.object ("trigger.customer_details.email")
//   trigger.$event.<field>   the event envelope ("trigger.$event.id", "trigger.$event.data.previous_attributes")
//   steps.<stepId>.<field>   an earlier step's output ("steps.totals.totalSpent")
// Only own properties are read, so paths such as "constructor" or "__proto__" never reach anything.
import type Stripe from "stripe";

export interface MappingContext {
  trigger: Stripe.Event;
  steps: Record<string, unknown>;
}

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

function walk(root: unknown, segments: string[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (FORBIDDEN.has(segment) || value === null || typeof value !== "object") return undefined;
    if (!Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

export function resolvePath({ path, context }: { path: string; context: MappingContext }): unknown {
  const [root, ...rest] = path.split(".");
  if (root === "trigger") {
    if (rest[0] === "$event") return walk(context.trigger, rest.slice(1));
    return walk(context.trigger.data?.object, rest);
  }
  if (root === "steps") {
    const [stepId = "", ...field] = rest;
    return walk(walk(context.steps, [stepId]), field);
  }
  return undefined;
}
