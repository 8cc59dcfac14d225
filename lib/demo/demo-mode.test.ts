// Demo mode is off unless asked for: the demo's pages, routes and one-click connections refuse
// outside it and change nothing; inside it, the one-click connections are the normal flows with the
// demo's keys, against the demo's stand-ins.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDemoEvent } from "@/demo/make-demo-event";
import { startDemo } from "@/demo/start-demo";
import { db } from "@/lib/db";
import { DemoModeOffError } from "@/lib/demo/demo-mode-off-error";
import { EnvError, parseEnv } from "@/lib/env";
import { reloadWithEnv } from "@/test/reload-with-env";

const newUser = () => db.user.create({ data: { email: `demo-mode-${randomUUID()}@example.com`, passwordHash: "not-used" } });
const BASE_ENV = { DATABASE_URL: "postgresql://u@127.0.0.1:5432/d", AUTH_SECRET: "x".repeat(32), ENCRYPTION_KEYS: `k:${Buffer.alloc(32).toString("base64")}` };

describe("the environment", () => {
  it("has demo mode off by default, and refuses CONDUIT_DEMO=1 without the stand-ins' URLs (it would reach the real services)", () => {
    expect(parseEnv(BASE_ENV).CONDUIT_DEMO).toBe(false);
    expect(() => parseEnv({ ...BASE_ENV, CONDUIT_DEMO: "1", STRIPE_API_BASE: "http://127.0.0.1:1" })).toThrow(EnvError);
    try {
      parseEnv({ ...BASE_ENV, CONDUIT_DEMO: "1", STRIPE_API_BASE: "http://127.0.0.1:1" });
    } catch (error) {
      expect((error as EnvError).problems).toEqual([
        "DEMO_CONTROL_URL is required when CONDUIT_DEMO=1",
        "CUSTOMERIO_TRACK_URL is required when CONDUIT_DEMO=1",
        "CUSTOMERIO_APP_URL is required when CONDUIT_DEMO=1",
        "CUSTOMERIO_TRACK_URL_EU is required when CONDUIT_DEMO=1",
        "CUSTOMERIO_APP_URL_EU is required when CONDUIT_DEMO=1",
      ]);
    }
    const urls = {
      DEMO_CONTROL_URL: "http://127.0.0.1:1",
      STRIPE_API_BASE: "http://127.0.0.1:2",
      CUSTOMERIO_TRACK_URL: "http://127.0.0.1:3",
      CUSTOMERIO_APP_URL: "http://127.0.0.1:3",
      CUSTOMERIO_TRACK_URL_EU: "http://127.0.0.1:3",
      CUSTOMERIO_APP_URL_EU: "http://127.0.0.1:3",
    };
    expect(parseEnv({ ...BASE_ENV, ...urls, CONDUIT_DEMO: "1" }).CONDUIT_DEMO).toBe(true);
    expect(() => parseEnv({ ...BASE_ENV, CONDUIT_DEMO: "yes" })).toThrow(/CONDUIT_DEMO is malformed/);
  });
});

describe("outside demo mode", () => {
  it("the one-click connections and the control API refuse, and nothing is stored", async () => {
    const { connectDemoStripe } = await import("@/lib/demo/connect-demo-stripe");
    const { connectDemoCustomerio } = await import("@/lib/demo/connect-demo-customerio");
    const { callDemoControl } = await import("@/lib/demo/call-demo-control");
    const user = await newUser();
    await expect(connectDemoStripe({ userId: user.id })).rejects.toThrow(DemoModeOffError);
    await expect(connectDemoCustomerio({ userId: user.id })).rejects.toThrow(DemoModeOffError);
    await expect(callDemoControl({ path: "/shop", controlUrl: "http://127.0.0.1:1" })).rejects.toThrow(DemoModeOffError);
    expect(await db.connection.count({ where: { userId: user.id } })).toBe(0);
  });

  it("the demo pages are not found and the demo routes answer 404", async () => {
    const { default: stripePage } = await import("@/app/(dashboard)/demo/stripe/page");
    const { default: customerioPage } = await import("@/app/(dashboard)/demo/customerio/page");
    for (const page of [stripePage, customerioPage]) await expect(page()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    const { GET: customerioRoute } = await import("@/app/api/demo/customerio/route");
    const { GET: eventsRoute } = await import("@/app/api/demo/stripe-events/route");
    for (const route of [customerioRoute, eventsRoute]) expect((await route()).status).toBe(404);
  });
});

describe("in demo mode", () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  beforeAll(async () => {
    demo = await startDemo();
  });
  afterAll(() => demo.close());

  it("connects the demo Stripe account (webhook endpoint included) and the demo workspace in one call each, once", async () => {
    reloadWithEnv({ ...demo.appEnv, APP_URL: "http://localhost:3999" });
    const { connectDemoStripe } = await import("@/lib/demo/connect-demo-stripe");
    const { connectDemoCustomerio } = await import("@/lib/demo/connect-demo-customerio");
    const user = await newUser();

    expect(await connectDemoStripe({ userId: user.id })).toMatchObject({ ok: true, label: "Conduit Demo Shop", webhook: { mode: "managed" } });
    expect([...demo.stripe.store().webhookEndpoints.values()].map((endpoint) => endpoint.url)).toEqual([
      expect.stringMatching(/^http:\/\/localhost:3999\/api\/webhooks\/stripe\/[0-9a-f-]{36}$/),
    ]);
    expect(await connectDemoCustomerio({ userId: user.id })).toMatchObject({ ok: true, label: "Demo Customer.io workspace" });
    expect(await connectDemoStripe({ userId: user.id })).toMatchObject({ ok: false, fieldErrors: { secretKey: expect.stringContaining("already connected") } });
    expect(await db.connection.count({ where: { userId: user.id } })).toBe(2);
  });

  it("shows each user the panel's events with the deliveries to their own connections only", async () => {
    const { connectDemoStripe } = await import("@/lib/demo/connect-demo-stripe");
    const { listDemoStripeEvents } = await import("@/lib/demo/list-demo-stripe-events");
    const [alice, bob] = [await newUser(), await newUser()];
    const urls: string[] = [];
    for (const user of [alice, bob]) {
      const connected = await connectDemoStripe({ userId: user.id });
      if (!connected.ok) throw new Error("the demo Stripe account did not connect");
      urls.push(`http://localhost:3999/api/webhooks/stripe/${connected.connectionId}`);
    }
    const made = makeDemoEvent({ standIn: demo.stripe, kind: "dispute_opened", customerId: "cus_DemoAiko" });
    if (!made.ok) throw new Error(made.message);

    for (const [user, url] of [
      [alice, urls[0]],
      [bob, urls[1]],
    ] as const) {
      const listed = await listDemoStripeEvents({ userId: user.id });
      if (!listed.ok) throw new Error(listed.message);
      expect(listed.body.events[0]).toMatchObject({ id: made.event.id, type: "charge.dispute.created", customer: "cus_DemoAiko" });
      expect(listed.body.events[0]!.deliveries.map((delivery) => delivery.url)).toEqual([url]);
    }
  });
});
