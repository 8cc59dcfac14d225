import { randomBytes, randomUUID } from "node:crypto";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createPublishedZap } from "@/test/create-published-zap";
import { publishZap } from "@/lib/zaps/publish-zap";

export type TenantRecords = Awaited<ReturnType<typeof createTenantRecords>>;

/**
 * One user with a record of every kind another user could aim at by id: a Stripe connection (manual
 * webhook, real encrypted key and signing secret) and a Customer.io connection, a zap with two
 * published versions, an unpublished draft edit, a chosen sample event and a dismissed failure banner,
 * two received events, and a failed run (with its step and attempt) and a succeeded one. The user
 * opened the run history an hour ago, so the failed run counts on the Runs badge, and is signed in
 * twice (`sessionId` is the session the tests act through).
 */
export async function createTenantRecords({ label }: { label: string }) {
  const signingSecret = `whsec_${randomBytes(18).toString("hex")}`;
  const zap = await createPublishedZap({
    name: `${label} zap`,
    signingSecret,
    customerio: { siteId: `${label}-site`, trackApiKey: `${label}-track-key-${randomBytes(4).toString("hex")}` },
    steps: (connectionId) => [{ id: "person", app: "customerio", key: "identify_person", connectionId, inputs: { personId: "{{trigger.customer}}" } }],
  });
  const second = await publishZap({ userId: zap.userId, zapId: zap.zapId, verifyConnections: false });
  if (!second.ok) throw new Error(`the tenant's zap does not publish twice: ${JSON.stringify(second.problems)}`);
  const versions = await db.zapVersion.findMany({ where: { zapId: zap.zapId }, orderBy: { number: "asc" }, select: { id: true } });

  const hourAgo = new Date(Date.now() - 3_600_000);
  const { draft } = await db.zap.findUniqueOrThrow({ where: { id: zap.zapId }, select: { draft: true } });
  const edited = JSON.parse(JSON.stringify(draft).replace("{{trigger.customer}}", `${label}-edited`)) as Prisma.InputJsonValue;
  const sample = { ...subscriptionDeleted, id: `evt_${label}_sample` };
  await db.zap.update({ where: { id: zap.zapId }, data: { draft: edited, sampleEvent: sample, failuresSeenAt: hourAgo } });
  await db.user.update({ where: { id: zap.userId }, data: { runsSeenAt: hourAgo } });
  const signIn = () => db.session.create({ data: { userId: zap.userId, expiresAt: new Date(Date.now() + 86_400_000) }, select: { id: true } });
  const [session, otherSession] = [await signIn(), await signIn()];

  const event = async () =>
    db.stripeEvent.create({
      data: {
        connectionId: zap.stripeId,
        stripeEventId: `evt_${randomUUID().replaceAll("-", "")}`,
        type: "customer.subscription.deleted",
        livemode: false,
        payload: sample,
      },
      select: { id: true },
    });
  const [failedEvent, succeededEvent] = [await event(), await event()];
  const now = new Date();
  const failedRun = await db.run.create({
    data: {
      zapId: zap.zapId,
      eventId: failedEvent.id,
      zapVersionId: versions[0]?.id,
      status: "FAILED",
      attempts: 1,
      error: `Step 1 failed: ${label}`,
      startedAt: now,
      finishedAt: now,
    },
    select: { id: true },
  });
  await db.runStep.create({
    data: { runId: failedRun.id, stepIndex: 0, app: "customerio", action: "identify_person", status: "FAILED", error: "401", startedAt: now, finishedAt: now },
  });
  await db.runAttempt.create({ data: { runId: failedRun.id, number: 1, startedAt: now, finishedAt: now, outcome: "failed", stepIndex: 0, error: "401" } });
  const succeededRun = await db.run.create({
    data: { zapId: zap.zapId, eventId: succeededEvent.id, zapVersionId: versions[1]?.id, status: "SUCCEEDED", attempts: 1, startedAt: now, finishedAt: now },
    select: { id: true },
  });
  await db.runStep.create({
    data: {
      runId: succeededRun.id,
      stepIndex: 0,
      app: "customerio",
      action: "identify_person",
      status: "SUCCEEDED",
      output: { ok: true },
      startedAt: now,
      finishedAt: now,
    },
  });
  // "Import past events", counted and waiting to be confirmed.
  const counted = await db.stripeEventImport.create({
    data: { zapId: zap.zapId, rangeStart: new Date(now.getTime() - 86_400_000), rangeEnd: now, status: "counted", total: 2, alreadyRun: 2, notMatching: 0 },
    select: { id: true },
  });

  return {
    ...zap,
    label,
    signingSecret,
    sessionId: session.id,
    otherSessionId: otherSession.id,
    versionIds: versions.map((version) => version.id),
    eventId: failedEvent.id,
    failedRunId: failedRun.id,
    succeededRunId: succeededRun.id,
    importId: counted.id,
  };
}
