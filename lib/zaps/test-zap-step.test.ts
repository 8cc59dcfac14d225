// testZapStep against real PostgreSQL and the real customerio-node SDK pointed at the stand-in.
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import type { StepConfig } from "@/lib/zaps/schema";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const ZAP_NOT_FOUND = "This zap does not exist, or it belongs to another account.";
const WORKSPACE = { siteId: "site-step-test", trackApiKey: "track-key-step-test-4d2e", appApiKey: "app-key-step-test-8c1f" };
let standIn: CustomerioStandIn;
let lib: {
  db: typeof import("@/lib/db").db;
  testZapStep: typeof import("@/lib/zaps/test-zap-step").testZapStep;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
};

beforeAll(async () => {
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({ CUSTOMERIO_TRACK_URL: standIn.trackUrl, CUSTOMERIO_APP_URL: standIn.appUrl });
  const tested = await import("@/lib/zaps/test-zap-step");
  lib = {
    db: (await import("@/lib/db")).db,
    testZapStep: tested.testZapStep,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
  };
});
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

const sample = subscriptionDeleted as unknown as Stripe.Event;
const sampleCustomer = (sample.data.object as Stripe.Subscription).customer as string;

const twoSteps = (customerioId: string): StepConfig[] => [
  {
    id: "person",
    app: "customerio",
    key: "identify_person",
    connectionId: customerioId,
    inputs: { personId: "{{trigger.customer}}", email: "{{trigger.no_such_field}}" },
  },
  {
    id: "event",
    app: "customerio",
    key: "track_event",
    connectionId: customerioId,
    inputs: { personId: "{{steps.person.personId}}", name: "subscription_canceled", data: [{ key: "status", value: "{{trigger.status}}" }] },
  },
];

const zapWith = (steps: (customerioId: string) => StepConfig[] = twoSteps) => lib.createPublishedZap({ customerio: WORKSPACE, steps });

describe("testZapStep", () => {
  it("dry run: sends nothing and returns exactly the request a real send then puts on the wire", async () => {
    const { userId, zapId } = await zapWith();
    const dry = await lib.testZapStep({ userId, zapId, stepId: "person", mode: "dry_run" });
    expect(standIn.requests).toHaveLength(0);
    if (!dry.ok) throw new Error(dry.message);
    expect(dry.response).toBeUndefined();
    expect(dry.renderedInput).toMatchObject({ personId: sampleCustomer });
    expect(dry.request).toEqual([
      expect.objectContaining({
        method: "PUT",
        url: `${standIn.trackUrl}/api/v1/customers/${sampleCustomer}`,
        headers: expect.objectContaining({ Authorization: "Basic ••••4d2e" }),
      }),
    ]);

    const sent = await lib.testZapStep({ userId, zapId, stepId: "person", mode: "send" });
    if (!sent.ok) throw new Error(sent.message);
    expect(sent.request).toEqual(dry.request);
    const [received] = standIn.requests;
    expect(standIn.requests).toHaveLength(1);
    expect(`${received?.method} ${standIn.trackUrl}${received?.path}`).toBe(`${dry.request[0]?.method} ${dry.request[0]?.url}`);
    expect(received?.body).toEqual(dry.request[0]?.body);
    expect(sent.response).toEqual({ status: null, body: {} });
    expect(sent.output).toEqual({ personId: sampleCustomer });
    expect(JSON.stringify([dry, sent])).not.toContain(WORKSPACE.trackApiKey);
  });

  it("with a dry run's testId, sends the same Track event id it showed", async () => {
    const { userId, zapId } = await zapWith();
    const dry = await lib.testZapStep({ userId, zapId, stepId: "event", mode: "dry_run" });
    if (!dry.ok) throw new Error(dry.message);
    const sent = await lib.testZapStep({ userId, zapId, stepId: "event", mode: "send", testId: dry.testId });
    if (!sent.ok) throw new Error(sent.message);
    expect(standIn.requests[0]?.body).toEqual(dry.request[0]?.body);
    expect(dry.request[0]?.body).toMatchObject({ name: "subscription_canceled", id: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/) });

    const again = await lib.testZapStep({ userId, zapId, stepId: "event", mode: "dry_run" });
    if (!again.ok) throw new Error(again.message);
    expect(again.testId).not.toBe(dry.testId);
    expect(again.request[0]?.body).not.toEqual(dry.request[0]?.body);
  });

  it("maps earlier steps from their sample output, and warns about paths the sample does not have", async () => {
    const { userId, zapId } = await zapWith();
    const event = await lib.testZapStep({ userId, zapId, stepId: "event", mode: "dry_run" });
    if (!event.ok) throw new Error(event.message);
    // identify_person's catalog example for personId.
    expect(event.renderedInput).toMatchObject({ personId: "cus_NffrFeUfNV2Hib", data: { status: "canceled" } });
    expect(event.warnings).toEqual([]);

    const person = await lib.testZapStep({ userId, zapId, stepId: "person", mode: "dry_run" });
    expect(person).toMatchObject({ ok: true, warnings: [expect.stringContaining('"trigger.no_such_field" has no value in the sample event')] });
  });

  it("uses the zap's own sample event when it has one", async () => {
    const { userId, zapId } = await zapWith();
    // From the JSON, not the Stripe.Event: spreading Stripe's union of every object type takes tsc minutes.
    const own = structuredClone(subscriptionDeleted);
    own.data.object.customer = "cus_FromRecentEvent";
    await lib.db.zap.update({ where: { id: zapId }, data: { sampleEvent: own as object } });
    const result = await lib.testZapStep({ userId, zapId, stepId: "person", mode: "dry_run" });
    expect(result).toMatchObject({ ok: true, renderedInput: { personId: "cus_FromRecentEvent" } });
  });

  it("returns Customer.io's message, the request and the answer when Customer.io rejects the request", async () => {
    const { userId, zapId } = await zapWith();
    const rejection = { meta: { errors: ["identifier: cus_x is suppressed"] } };
    standIn.failNext({ status: 400, api: "track", body: rejection });
    const result = await lib.testZapStep({ userId, zapId, stepId: "person", mode: "send" });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("identifier: cus_x is suppressed"),
      response: { status: 400, body: rejection },
    });
    expect(result.request).toEqual([expect.objectContaining({ method: "PUT", body: standIn.requests[0]?.body })]);
  });

  it("says which fields are not valid with the sample data, before anything is sent", async () => {
    const { userId, zapId } = await zapWith((customerioId) => [
      { id: "event", app: "customerio", key: "track_event", connectionId: customerioId, inputs: { personId: "{{trigger.missing_person}}", name: "canceled" } },
    ]);
    for (const mode of ["dry_run", "send"] as const) {
      const result = await lib.testZapStep({ userId, zapId, stepId: "event", mode });
      expect(result).toMatchObject({ ok: false, fieldErrors: { personId: expect.any(String) }, warnings: [expect.stringContaining("trigger.missing_person")] });
      expect(result.ok ? "" : result.message).toBe(
        "With the sample data, this step's fields are not valid. Person ID or email is empty: trigger.missing_person has no value in this event.",
      );
    }
    expect(standIn.requests).toHaveLength(0);
  });

  it("refuses another user's zap, an unknown step and an id it did not make", async () => {
    const alice = await zapWith();
    const bob = await zapWith();
    expect(await lib.testZapStep({ userId: bob.userId, zapId: alice.zapId, stepId: "person", mode: "send" })).toEqual({
      ok: false,
      message: ZAP_NOT_FOUND,
    });
    expect(await lib.testZapStep({ userId: alice.userId, zapId: "not-a-uuid", stepId: "person", mode: "send" })).toEqual({
      ok: false,
      message: ZAP_NOT_FOUND,
    });
    expect(await lib.testZapStep({ userId: alice.userId, zapId: alice.zapId, stepId: "nope", mode: "send" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("not in the saved draft"),
    });
    expect(await lib.testZapStep({ userId: alice.userId, zapId: alice.zapId, stepId: "person", mode: "send", testId: "123" })).toMatchObject({ ok: false });
    await lib.db.zap.update({ where: { id: alice.zapId }, data: { deletedAt: new Date() } });
    expect(await lib.testZapStep({ userId: alice.userId, zapId: alice.zapId, stepId: "person", mode: "send" })).toEqual({
      ok: false,
      message: ZAP_NOT_FOUND,
    });
    expect(standIn.requests).toHaveLength(0);
  });

  it("words its answers in the user's language", async () => {
    const { userId, zapId } = await zapWith();
    expect(await lib.testZapStep({ userId, zapId, stepId: "nope", mode: "dry_run", locale: "pt-BR" })).toEqual({
      ok: false,
      message: "Esta etapa não está no rascunho salvo: salve o zap e teste a etapa de novo.",
    });
    expect(await lib.testZapStep({ userId, zapId, stepId: "person", mode: "dry_run", locale: "pt-BR" })).toMatchObject({
      ok: true,
      warnings: ["“trigger.no_such_field” não tem valor no evento de exemplo, então ficou vazio."],
    });
    expect(await lib.testZapStep({ userId, zapId, stepId: "event", mode: "dry_run", locale: "pt-BR" })).toMatchObject({
      ok: true,
      examples: ["A etapa 2 não foi testada: foram usados os valores de exemplo dela."],
    });
    expect(standIn.requests).toHaveLength(0);
  });
});
