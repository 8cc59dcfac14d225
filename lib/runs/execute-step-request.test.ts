// The HTTP request each step sends is recorded on its RunStep (key masked), as the Customer.io
// stand-in received it, also when the call fails; getRun hands it to the run page.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import type { SentRequest } from "@/lib/http/sent-request";
import type { StepConfig } from "@/lib/zaps/schema";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const WORKSPACE = { siteId: "site-requests", trackApiKey: "track-key-requests-7f3a", appApiKey: "app-key-requests-91bc" };
let standIn: CustomerioStandIn;
let lib: {
  db: typeof import("@/lib/db").db;
  executeRun: typeof import("@/lib/runs/execute-run").executeRun;
  getRun: typeof import("@/lib/runs/get-run").getRun;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
};

beforeAll(async () => {
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({ CUSTOMERIO_TRACK_URL: standIn.trackUrl, CUSTOMERIO_APP_URL: standIn.appUrl });
  lib = {
    db: (await import("@/lib/db")).db,
    executeRun: (await import("@/lib/runs/execute-run")).executeRun,
    getRun: (await import("@/lib/runs/get-run")).getRun,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
  };
});
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

const event = subscriptionDeleted as unknown as Stripe.Event;
const customerId = (event.data.object as Stripe.Subscription).customer as string;

const trackCanceled = (customerioId: string): StepConfig[] => [
  {
    id: "event",
    app: "customerio",
    key: "track_event",
    connectionId: customerioId,
    inputs: { personId: "{{trigger.customer}}", name: "subscription_canceled", data: [{ key: "status", value: "{{trigger.status}}" }] },
  },
];

async function executedRun(steps: (customerioId: string) => StepConfig[] = trackCanceled) {
  const zap = await lib.createPublishedZap({ customerio: WORKSPACE, steps });
  const recorded = await lib.recordStripeEvent({
    connection: { id: zap.stripeId, userId: zap.userId },
    event: { ...event, id: `evt_${randomUUID().replaceAll("-", "")}` },
  });
  const [runId] = recorded.runIds;
  if (!runId) throw new Error("no run was created");
  await lib.executeRun({ runId, isLastAttempt: true });
  const rows = await lib.db.runStep.findMany({ where: { runId }, orderBy: { stepIndex: "asc" } });
  return { runId, userId: zap.userId, steps: rows };
}

describe("the request of a step", () => {
  it("is recorded as the stand-in received it: method, path, body, headers, with the key masked", async () => {
    const { runId, userId, steps } = await executedRun();
    expect(steps[0]?.status).toBe("SUCCEEDED");
    const [received] = standIn.requests;
    const recorded = steps[0]?.request as SentRequest[];
    expect(recorded).toHaveLength(1);
    const [request] = recorded as [SentRequest];
    expect(request.method).toBe(received?.method);
    expect(request.url).toBe(`${standIn.trackUrl}${received?.path}`);
    expect(received?.path).toBe(`/api/v1/customers/${customerId}/events`);
    expect(request.body).toEqual(received?.body);
    expect(request.body).toMatchObject({ name: "subscription_canceled", data: { status: "canceled" } });
    expect(request.headers.Authorization).toBe("Basic ••••7f3a");
    expect(received?.headers.authorization).toBe(`Basic ${Buffer.from(`${WORKSPACE.siteId}:${WORKSPACE.trackApiKey}`).toString("base64")}`);
    expect(JSON.stringify(recorded)).not.toContain(WORKSPACE.trackApiKey);

    const detail = await lib.getRun({ userId, runId });
    expect(detail?.steps[0]?.requests).toEqual(recorded);
  });

  it("is recorded when Customer.io rejects it, beside the status and body it answered", async () => {
    const rejection = { meta: { errors: ["data: value too long"] } };
    standIn.failNext({ status: 400, api: "track", body: rejection });
    const { steps } = await executedRun();
    expect(steps[0]).toMatchObject({ status: "FAILED", error: expect.stringContaining("data: value too long"), output: { status: 400, body: rejection } });
    const [received] = standIn.requests;
    expect(steps[0]?.request).toEqual([expect.objectContaining({ method: "POST", url: `${standIn.trackUrl}${received?.path}`, body: received?.body })]);
  });

  it("is recorded for each call of the run, and absent for a step that failed before calling", async () => {
    const { steps } = await executedRun((customerioId) => [
      ...trackCanceled(customerioId),
      {
        id: "receipt",
        app: "customerio",
        key: "send_transactional_email",
        connectionId: customerioId,
        inputs: { transactionalMessageId: "7", to: "{{trigger.nothing_here}}", identifier: "x@example.com" },
      },
    ]);
    expect(steps.map((step) => step.status)).toEqual(["SUCCEEDED", "FAILED"]);
    expect(steps[0]?.request).toHaveLength(1);
    expect(steps[1]?.request).toBeNull();
    expect(standIn.requests).toHaveLength(1);
  });
});
