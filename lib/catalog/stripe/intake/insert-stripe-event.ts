import type Stripe from "stripe";
import type { Prisma } from "@/lib/generated/prisma/client";
import { uuidV7 } from "@/lib/ids/uuid-v7";

/**
 * Stores an event received on a connection, inside the caller's transaction. Returns the new row's
 * id, or null when this connection already has this Stripe event id (a redelivery).
 */
export async function insertStripeEvent({
  tx,
  connectionId,
  event,
}: {
  tx: Prisma.TransactionClient;
  connectionId: string;
  event: Stripe.Event;
}): Promise<string | null> {
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "StripeEvent" ("id", "connectionId", "stripeEventId", "type", "livemode", "payload")
    VALUES (${uuidV7()}::uuid, ${connectionId}::uuid, ${event.id}, ${event.type}, ${event.livemode}, ${JSON.stringify(event)}::jsonb)
    ON CONFLICT ("connectionId", "stripeEventId") DO NOTHING
    RETURNING "id"`;
  return inserted[0]?.id ?? null;
}
