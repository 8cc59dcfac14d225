import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import { recordStripeEvent } from "@/lib/catalog/stripe/intake/record-stripe-event";
import { createPublishedZap } from "@/test/create-published-zap";
import { said } from "@/lib/i18n/user-message";
import { getZapForBuilder } from "@/lib/zaps/get-zap-for-builder";
import { pauseZapAfterFailures } from "@/lib/zaps/pause-zap-after-failures";
import { publishZap } from "@/lib/zaps/publish-zap";

/** "FAILED": a permanent failure (the zap's own); "GAVE_UP": failed after transient retries (a vendor outage). */
async function zapWithRuns(statuses: ("FAILED" | "GAVE_UP" | "NEEDS_ATTENTION" | "SUCCEEDED")[], { isTest = false } = {}) {
  const zap = await createPublishedZap({
    customerio: { siteId: "site", trackApiKey: "track-key" },
    steps: (id) => [{ id: "person", app: "customerio", key: "delete_person", connectionId: id, inputs: { personId: "{{trigger.customer}}" } }],
  });
  const runIds: string[] = [];
  for (const [index, status] of statuses.entries()) {
    const event = { ...(subscriptionDeleted as unknown as Stripe.Event), id: `evt_${randomUUID().replaceAll("-", "")}` };
    const {
      runIds: [runId],
    } = await recordStripeEvent({ connection: { id: zap.stripeId, userId: zap.userId }, event });
    if (!runId) throw new Error("no run");
    await db.run.update({
      where: { id: runId },
      data: {
        isTest,
        status: status === "GAVE_UP" ? "FAILED" : status,
        failedPermanently: status === "FAILED",
        error: status === "SUCCEEDED" ? null : `error ${index}`,
        createdAt: new Date(Date.now() + index),
      },
    });
    runIds.push(runId);
  }
  return { zapId: zap.zapId, lastRunId: runIds.at(-1) ?? "" };
}

const zapState = (zapId: string) => db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { enabled: true, pausedReason: true } });

describe("pauseZapAfterFailures", () => {
  it("pauses a zap whose last N runs all failed, saying why", async () => {
    const { zapId, lastRunId } = await zapWithRuns(["SUCCEEDED", "FAILED", "FAILED", "FAILED"]);
    expect(await pauseZapAfterFailures({ runId: lastRunId, threshold: 3 })).toBe(true);
    expect(await zapState(zapId)).toEqual({ enabled: false, pausedReason: "Paused after 3 failed runs in a row. Last error: error 3" });
  });

  it("words why in the viewer's language, the last run's error included", async () => {
    const { zapId, lastRunId } = await zapWithRuns(["FAILED", "FAILED", "FAILED"]);
    await db.run.update({ where: { id: lastRunId }, data: { errorMessage: said("runErrors.run.connectionDeleted") } });
    expect(await pauseZapAfterFailures({ runId: lastRunId, threshold: 3 })).toBe(true);
    const zap = await getZapForBuilder({ userId: (await db.zap.findUniqueOrThrow({ where: { id: zapId } })).userId, zapId, locale: "pt-BR" });
    expect(zap?.pausedReason).toBe(
      "Pausado depois de 3 execuções seguidas com falha. Último erro: A conexão da etapa foi excluída: escolha outra conexão e reexecute.",
    );
  });

  it.each([
    ["a success among the last N", ["FAILED", "FAILED", "SUCCEEDED", "FAILED"] as const],
    ["fewer than N runs", ["FAILED", "FAILED"] as const],
    ["runs that gave up after transient failures (a vendor outage)", ["GAVE_UP", "GAVE_UP", "GAVE_UP"] as const],
    ["a run that gave up among the last N", ["FAILED", "GAVE_UP", "FAILED", "FAILED"] as const],
    ["a run whose outcome is unknown among the last N", ["FAILED", "FAILED", "NEEDS_ATTENTION", "FAILED"] as const],
  ])("leaves the zap on with %s", async (_name, statuses) => {
    const { zapId, lastRunId } = await zapWithRuns([...statuses]);
    expect(await pauseZapAfterFailures({ runId: lastRunId, threshold: 3 })).toBe(false);
    expect(await zapState(zapId)).toEqual({ enabled: true, pausedReason: null });
  });

  it("does not count test runs, and never pauses with a threshold of 0", async () => {
    const tests = await zapWithRuns(["FAILED", "FAILED", "FAILED"], { isTest: true });
    expect(await pauseZapAfterFailures({ runId: tests.lastRunId, threshold: 3 })).toBe(false);
    const live = await zapWithRuns(["FAILED", "FAILED", "FAILED"]);
    expect(await pauseZapAfterFailures({ runId: live.lastRunId, threshold: 0 })).toBe(false);
    expect((await zapState(live.zapId)).enabled).toBe(true);
  });

  it("counts only the current version's runs, so publishing a fix starts the count again", async () => {
    const { zapId, lastRunId } = await zapWithRuns(["FAILED", "FAILED", "FAILED"]);
    const zap = await db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { userId: true } });
    expect(await publishZap({ userId: zap.userId, zapId, verifyConnections: false })).toMatchObject({ ok: true });
    expect(await pauseZapAfterFailures({ runId: lastRunId, threshold: 3 })).toBe(false);
  });
});
