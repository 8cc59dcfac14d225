// Which published zaps an event starts: the zap's trigger listens on this connection, the event's
// type is one of the trigger's, and the trigger's own predicate accepts it with the zap's options.
import type Stripe from "stripe";
import { fieldsSchema } from "@/lib/catalog/field";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { logger } from "@/lib/logger";
import { zapDefinitionSchema } from "@/lib/zaps/schema";

export interface PublishedZap {
  id: string;
  versionId: string;
  definition: unknown;
}

export function matchZapsForEvent({
  zaps,
  event,
  connectionId,
}: {
  zaps: PublishedZap[];
  event: Stripe.Event;
  connectionId: string;
}): PublishedZap[] {
  return zaps.filter((zap) => {
    const definition = zapDefinitionSchema.safeParse(zap.definition);
    const trigger = definition.success ? definition.data.trigger : null;
    if (!trigger || trigger.connectionId !== connectionId) return false;
    const entry = findCatalogEntry({ appKey: trigger.app, key: trigger.key });
    if (entry?.kind !== "trigger" || !entry.definition.eventTypes.includes(event.type)) return false;
    const options = fieldsSchema(entry.definition.options).safeParse(trigger.options);
    if (!options.success) return false;
    try {
      return entry.definition.matches(event, options.data);
    } catch (error) {
      // A payload shape the trigger did not expect must not stop the other zaps' runs.
      logger.warn("trigger predicate failed", { zapId: zap.id, trigger: trigger.key, eventType: event.type, error });
      return false;
    }
  });
}
