import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

/**
 * A user with one Stripe connection, one published zap, one received event and one run of it:
 * the smallest world in which ownership can be tested.
 */
export async function createOwnedRecords({ label }: { label: string }) {
  const user = await db.user.create({ data: { email: `${label}-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const connection = await db.connection.create({
    data: { userId: user.id, app: "stripe", label: `${label} Stripe`, secretsKeyId: "test", secretsCiphertext: "not-used" },
  });
  const zap = await db.zap.create({ data: { userId: user.id, name: `${label} zap`, enabled: true, draft: {} } });
  const version = await db.zapVersion.create({ data: { zapId: zap.id, number: 1, definition: {} } });
  await db.zap.update({ where: { id: zap.id }, data: { publishedVersionId: version.id } });
  const event = await db.stripeEvent.create({
    data: {
      connectionId: connection.id,
      stripeEventId: `evt_${randomUUID().replaceAll("-", "")}`,
      type: "customer.subscription.deleted",
      livemode: false,
      payload: {},
    },
  });
  const run = await db.run.create({ data: { zapId: zap.id, eventId: event.id, zapVersionId: version.id } });
  return { user, connection, zap, version, event, run };
}
