// A published zap version's trigger, compiled once into a predicate: the trigger listens on this
// connection, the event's type is one of the trigger's, and the trigger's own predicate accepts it
// with the zap's options. Versions never change, so a matcher can be kept as long as wanted.
import type Stripe from "stripe";
import { fieldsSchema } from "@/lib/catalog/field";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { logger } from "@/lib/logger";
import { zapDefinitionSchema } from "@/lib/zaps/schema";

export type ZapMatcher = (args: { event: Stripe.Event; connectionId: string; zapId: string }) => boolean;

const never: ZapMatcher = () => false;

export function compileZapMatcher({ definition }: { definition: unknown }): ZapMatcher {
  const parsed = zapDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    // Says why a published zap never starts, instead of staying silent.
    logger.warn("a published zap version cannot be read; it will not start runs until it is published again", { problem: parsed.error.issues[0]?.message });
    return never;
  }
  const trigger = parsed.data.trigger;
  if (!trigger) return never;
  const entry = findCatalogEntry({ appKey: trigger.app, key: trigger.key });
  if (entry?.kind !== "trigger") return never;
  const options = fieldsSchema(entry.definition.options).safeParse(trigger.options);
  if (!options.success) return never;
  const eventTypes = new Set<string>(entry.definition.eventTypes);
  return ({ event, connectionId, zapId }) => {
    if (trigger.connectionId !== connectionId || !eventTypes.has(event.type)) return false;
    try {
      return entry.definition.matches(event, options.data);
    } catch (error) {
      // A payload shape the trigger did not expect must not stop the other zaps' runs.
      logger.warn("trigger predicate failed", { zapId, trigger: trigger.key, eventType: event.type, error });
      return false;
    }
  };
}
