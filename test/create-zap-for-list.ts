import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { RunStatus } from "@/lib/generated/prisma/enums";
import { createPublishedZap } from "@/test/create-published-zap";

/**
 * For tests of the Zaps page's operations: a new user (or `userId`) with a published "Subscription
 * canceled → Create or update person" zap, and `addRun` to give it runs at chosen times.
 */
export async function createZapForList({ userId, name }: { userId?: string; name?: string } = {}) {
  const zap = await createPublishedZap({
    userId,
    name,
    customerio: { siteId: "site", trackApiKey: "track-key" },
    steps: (connectionId) => [{ id: "person", app: "customerio", key: "identify_person", connectionId, inputs: { personId: "{{trigger.customer}}" } }],
  });
  async function addRun({ status, createdAt }: { status: RunStatus; createdAt: Date }) {
    const event = await db.stripeEvent.create({
      data: {
        connectionId: zap.stripeId,
        stripeEventId: `evt_${randomUUID().replaceAll("-", "")}`,
        type: "customer.subscription.deleted",
        livemode: false,
        payload: {},
      },
    });
    const current = await db.zap.findUniqueOrThrow({ where: { id: zap.zapId }, select: { publishedVersionId: true } });
    return db.run.create({ data: { zapId: zap.zapId, eventId: event.id, zapVersionId: current.publishedVersionId, status, createdAt }, select: { id: true } });
  }
  return { ...zap, addRun };
}
