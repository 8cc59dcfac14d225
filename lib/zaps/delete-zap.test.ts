import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import { getRun } from "@/lib/runs/get-run";
import { listRuns } from "@/lib/runs/list-runs";
import { recordStripeEvent } from "@/lib/catalog/stripe/intake/record-stripe-event";
import { replayFailedRuns } from "@/lib/runs/replay-failed-runs";
import { replayRun } from "@/lib/runs/replay-run";
import { createZapForList } from "@/test/create-zap-for-list";
import { deleteZap } from "@/lib/zaps/delete-zap";
import { listZaps } from "@/lib/zaps/list-zaps";
import { ZAP_NOT_FOUND } from "@/lib/zaps/zap-operation-schema";

describe("deleteZap", () => {
  it("turns the zap off and hides it, while its runs stay in the history under its name", async () => {
    const zap = await createZapForList({ name: "Old cancellations" });
    const run = await zap.addRun({ status: "SUCCEEDED", createdAt: new Date() });

    expect(await deleteZap({ userId: zap.userId, zapId: zap.zapId })).toEqual({ ok: true, name: "Old cancellations" });
    expect(await db.zap.findUniqueOrThrow({ where: { id: zap.zapId } })).toMatchObject({ enabled: false, deletedAt: expect.any(Date) });
    expect(await listZaps({ userId: zap.userId })).toEqual([]);
    expect((await listRuns({ userId: zap.userId })).map((listed) => [listed.id, listed.zapName])).toEqual([[run.id, "Old cancellations"]]);
    expect((await getRun({ userId: zap.userId, runId: run.id }))?.zap.name).toBe("Old cancellations");
  });

  it("never runs again: a matching Stripe event starts no run, and its failed runs are not replayed", async () => {
    const zap = await createZapForList();
    const failed = await zap.addRun({ status: "FAILED", createdAt: new Date() });
    await deleteZap({ userId: zap.userId, zapId: zap.zapId });
    expect(await replayRun({ userId: zap.userId, runId: failed.id, mode: "from_failed_step" })).toEqual({
      ok: false,
      message: "This run's zap was deleted, so its runs cannot be replayed.",
    });
    expect(await replayFailedRuns({ userId: zap.userId, zapId: zap.zapId, mode: "from_failed_step" })).toMatchObject({ ok: false });
    expect(await db.run.count({ where: { zapId: zap.zapId } })).toBe(1);
    // Even if something turned it back on behind the page's back.
    await db.zap.update({ where: { id: zap.zapId }, data: { enabled: true } });
    const event = { ...(subscriptionDeleted as unknown as Stripe.Event), id: "evt_after_delete" };
    const recorded = await recordStripeEvent({ connection: { id: zap.stripeId, userId: zap.userId }, event });
    expect(recorded).toMatchObject({ runIds: [] });
  });

  it("treats another user's zap and an already deleted zap as missing", async () => {
    const zap = await createZapForList();
    const stranger = await createZapForList();
    expect(await deleteZap({ userId: stranger.userId, zapId: zap.zapId })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    expect((await db.zap.findUniqueOrThrow({ where: { id: zap.zapId } })).deletedAt).toBeNull();
    expect(await deleteZap({ userId: zap.userId, zapId: zap.zapId })).toMatchObject({ ok: true });
    expect(await deleteZap({ userId: zap.userId, zapId: zap.zapId })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
  });
});
