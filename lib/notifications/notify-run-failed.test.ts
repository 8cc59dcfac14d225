// Failure emails through a real SMTP server: the worker's processor fails a run for good, and its
// owner gets one email with a link to the run; throttling, at-most-once and mail errors.
import { randomUUID } from "node:crypto";
import type { Job } from "bullmq";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import type { ExecuteRunJob } from "@/lib/queue/runs-queue";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startSmtpServer, type SmtpTestServer } from "@/test/start-smtp-server";

let smtp: SmtpTestServer;
// Loaded once the environment names the SMTP server (lib/env.ts reads it once).
let lib: {
  db: typeof import("@/lib/db").db;
  redis: typeof import("@/lib/redis");
  notifyRunFailed: typeof import("@/lib/notifications/notify-run-failed").notifyRunFailed;
  processExecuteRun: typeof import("@/worker/processors/execute-run").processExecuteRun;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
};

beforeAll(async () => {
  smtp = await startSmtpServer();
  reloadWithEnv({ SMTP_URL: smtp.url, MAIL_FROM: "Conduit <alerts@conduit.test>", APP_URL: "https://conduit.test/app" });
  lib = {
    db: (await import("@/lib/db")).db,
    redis: await import("@/lib/redis"),
    notifyRunFailed: (await import("@/lib/notifications/notify-run-failed")).notifyRunFailed,
    processExecuteRun: (await import("@/worker/processors/execute-run")).processExecuteRun,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
  };
});

afterAll(async () => {
  await lib?.redis.redis().quit();
  await lib?.db.$disconnect();
  await smtp?.close();
});

/** A published zap whose only step fails permanently (its Customer.io connection was deleted). */
async function brokenZap({ name = "Subscription canceled" } = {}) {
  const zap = await lib.createPublishedZap({
    name,
    customerio: { siteId: "site", trackApiKey: "track-key" },
    steps: (id) => [{ id: "person", app: "customerio", key: "delete_person", connectionId: id, inputs: { personId: "{{trigger.customer}}" } }],
  });
  await lib.db.connection.delete({ where: { id: zap.customerioId } });
  const user = await lib.db.user.findUniqueOrThrow({ where: { id: zap.userId }, select: { email: true } });
  return { ...zap, email: user.email };
}

async function newRun(zap: { userId: string; stripeId: string }, { isTest = false } = {}) {
  const event = { ...(subscriptionDeleted as unknown as Stripe.Event), id: `evt_${randomUUID().replaceAll("-", "")}` };
  const {
    runIds: [runId],
  } = await lib.recordStripeEvent({ connection: { id: zap.stripeId, userId: zap.userId }, event });
  if (!runId) throw new Error("the event started no run");
  if (isTest) await lib.db.run.update({ where: { id: runId }, data: { isTest } });
  return runId;
}

/** What the worker does with a run's job on its last attempt. */
const workerRuns = (runId: string) => lib.processExecuteRun({ data: { runId }, attemptsMade: 0, opts: { attempts: 1 } } as Job<ExecuteRunJob>);

const emailsTo = (address: string) => smtp.received.filter((email) => email.to.includes(address));

describe("failure emails", () => {
  it("emails the owner once when a run fails for good, with the error, the event type and a link to the run", async () => {
    const zap = await brokenZap({ name: "Win back churned customers" });
    const runId = await newRun(zap);

    expect(await workerRuns(runId)).toBe("failed");
    await expect.poll(() => emailsTo(zap.email).length).toBe(1);
    const [email] = emailsTo(zap.email);
    expect(email).toMatchObject({ from: "alerts@conduit.test", subject: "Conduit: Win back churned customers failed" });
    expect(email?.text).toContain(`Run: https://conduit.test/app/runs/${runId}\n`);
    expect(email?.text).toContain("Event: customer.subscription.deleted\n");
    expect(email?.text).toContain("Error: Step 2 failed: The step's connection was deleted");
    expect(email?.text).toContain(`https://conduit.test/app/runs?zapId=${zap.zapId}&status=FAILED&mode=live`);
    expect((await lib.db.run.findUniqueOrThrow({ where: { id: runId } })).notifiedAt).toBeInstanceOf(Date);

    // Even once the throttle window is over, the same run is never emailed about again.
    await lib.redis.redis().del(lib.redis.redisKey("notifications", "zap", zap.zapId));
    expect(await lib.notifyRunFailed({ runId })).toBe("skipped");
    expect(emailsTo(zap.email)).toHaveLength(1);
  });

  it("writes to an owner who chose Portuguese in Portuguese", async () => {
    const zap = await brokenZap({ name: "Recuperar clientes" });
    await lib.db.user.update({ where: { id: zap.userId }, data: { locale: "pt-BR" } });
    const runId = await newRun(zap);

    expect(await workerRuns(runId)).toBe("failed");
    await expect.poll(() => emailsTo(zap.email).length).toBe(1);
    const [email] = emailsTo(zap.email);
    expect(email?.subject).toBe("Conduit: Recuperar clientes falhou");
    expect(email?.text).toContain('Uma execução do zap "Recuperar clientes" falhou e não será tentada de novo.\n');
    expect(email?.text).toContain(`Execução: https://conduit.test/app/runs/${runId}\n`);
    expect(email?.text).toContain("O Conduit envia no máximo um e-mail por zap a cada 15 minutos");
  });

  it("sends nothing for a second failure within the throttle window, and the zap's next email counts it", async () => {
    const zap = await brokenZap();
    const first = await newRun(zap);
    const second = await newRun(zap);
    expect(await workerRuns(first)).toBe("failed");
    expect(await workerRuns(second)).toBe("failed");
    expect(emailsTo(zap.email)).toHaveLength(1);
    expect(await lib.db.run.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: "FAILED", notifiedAt: null });

    // The window ends (its Redis key expires): the next failure's email covers the one held back.
    await lib.redis.redis().del(lib.redis.redisKey("notifications", "zap", zap.zapId));
    const third = await newRun(zap);
    expect(await workerRuns(third)).toBe("failed");
    await expect.poll(() => emailsTo(zap.email).length).toBe(2);
    const latest = emailsTo(zap.email)[1];
    expect(latest?.text).toContain(`Run: https://conduit.test/app/runs/${third}\n`);
    expect(latest?.text).toMatch(/2 runs of this zap have failed since [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M UTC/);
    const notified = await lib.db.run.findMany({ where: { id: { in: [second, third] } }, select: { notifiedAt: true } });
    expect(notified.every((run) => run.notifiedAt !== null)).toBe(true);
  });

  it("tells the owner of a run that needs their attention even when a failure of the zap was just emailed", async () => {
    const zap = await brokenZap({ name: "Receipts" });
    expect(await workerRuns(await newRun(zap))).toBe("failed");
    expect(emailsTo(zap.email)).toHaveLength(1);
    const waiting = await newRun(zap);
    await lib.db.run.update({ where: { id: waiting }, data: { status: "NEEDS_ATTENTION", finishedAt: new Date(), error: "Step 2: outcome unknown." } });
    expect(await lib.notifyRunFailed({ runId: waiting })).toBe("sent");
    expect(emailsTo(zap.email).map((email) => email.subject)).toEqual(["Conduit: Receipts failed", "Conduit: Receipts needs your attention"]);
    // Its own window now holds a second one back, and the failures' window stays as it was.
    const another = await newRun(zap);
    await lib.db.run.update({ where: { id: another }, data: { status: "NEEDS_ATTENTION", finishedAt: new Date(), error: "Step 2: outcome unknown." } });
    expect(await lib.notifyRunFailed({ runId: another })).toBe("throttled");
    expect(await workerRuns(await newRun(zap))).toBe("failed");
    expect(emailsTo(zap.email)).toHaveLength(2);
  });

  it("never emails twice about one run, whichever workers race for it", async () => {
    const zap = await brokenZap();
    const runId = await newRun(zap);
    await lib.db.run.update({ where: { id: runId }, data: { status: "FAILED", finishedAt: new Date(), error: "Step 1 failed: boom" } });
    // A 1 ms throttle lets several callers past Redis: only the database's conditional update stands between them.
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => lib.notifyRunFailed({ runId, throttleMs: 1 })));
    expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(1);
    expect(emailsTo(zap.email)).toHaveLength(1);
  });

  it("does not email about test runs or filtered runs", async () => {
    const zap = await brokenZap();
    const testRun = await newRun(zap, { isTest: true });
    expect(await workerRuns(testRun)).toBe("failed");
    const filtered = await newRun(zap);
    await lib.db.run.update({ where: { id: filtered }, data: { status: "FILTERED", finishedAt: new Date() } });
    expect(await lib.notifyRunFailed({ runId: filtered })).toBe("skipped");
    expect(await lib.notifyRunFailed({ runId: testRun })).toBe("skipped");
    expect(emailsTo(zap.email)).toHaveLength(0);
  });

  it("logs a mail server's refusal and leaves the run's own record as it was", async () => {
    const zap = await brokenZap();
    const bounce = `bounce-${randomUUID()}@example.com`;
    await lib.db.user.update({ where: { id: zap.userId }, data: { email: bounce } });
    const runId = await newRun(zap);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await workerRuns(runId)).toBe("failed");
      const lines = stderr.mock.calls.map(([line]) => String(line));
      expect(lines.some((line) => line.includes('"message":"failure email not sent"') && line.includes(runId))).toBe(true);
    } finally {
      stderr.mockRestore();
    }
    expect(await lib.db.run.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({
      status: "FAILED",
      finishedAt: expect.any(Date),
      error: expect.stringContaining("connection was deleted"),
    });
    expect(emailsTo(bounce)).toHaveLength(0);
  });
});
