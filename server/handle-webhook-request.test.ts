// The production server's webhook fast path, over real HTTP: same answers as the Next.js route.
import { randomUUID } from "node:crypto";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import { handleWebhookRequest, webhookConnectionId } from "@/server/handle-webhook-request";
import { createPublishedZap } from "@/test/create-published-zap";
import { WEBHOOK_MAX_BYTES } from "@/lib/catalog/stripe/webhook/receive-stripe-webhook";

const SECRET = "whsec_fast_path_test_secret_000001";
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const connectionId = webhookConnectionId({ method: request.method, url: request.url });
    if (connectionId) void handleWebhookRequest({ request, response, connectionId });
    else response.writeHead(418).end("not the fast path");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function connection() {
  const zap = await createPublishedZap({
    signingSecret: SECRET,
    customerio: { siteId: "site", trackApiKey: "track-key" },
    steps: (customerioId) => [
      { id: "person", app: "customerio", key: "delete_person", connectionId: customerioId, inputs: { personId: "{{trigger.customer}}" } },
    ],
  });
  return zap.stripeId;
}

function signed() {
  const body = JSON.stringify({ ...subscriptionDeleted, id: `evt_${randomUUID().replaceAll("-", "")}` });
  return { body, signature: Stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET }) };
}

describe("webhookConnectionId", () => {
  it.each([
    ["POST", "/api/webhooks/stripe/abc", "abc"],
    ["POST", "/api/webhooks/stripe/abc?x=1", "abc"],
    ["GET", "/api/webhooks/stripe/abc", null],
    ["POST", "/api/webhooks/stripe/abc/", null],
    ["POST", "/api/webhooks/stripe/", null],
    ["POST", "/api/webhooks/stripe/a/b", null],
    ["POST", "/zaps", null],
  ])("%s %s → %s", (method, url, expected) => {
    expect(webhookConnectionId({ method, url })).toBe(expected);
  });
});

describe("handleWebhookRequest", () => {
  it("stores a signed event and answers 200 JSON; a redelivery is a duplicate", async () => {
    const connectionId = await connection();
    const { body, signature } = signed();
    const post = () => fetch(`${base}/api/webhooks/stripe/${connectionId}`, { method: "POST", body, headers: { "stripe-signature": signature } });
    const first = await post();
    expect([first.status, first.headers.get("content-type"), first.headers.get("cache-control"), await first.json()]).toEqual([
      200,
      "application/json",
      "no-store",
      { received: true, duplicate: false, runs: 1 },
    ]);
    expect(await (await post()).json()).toEqual({ received: true, duplicate: true, runs: 0 });
    expect(await db.stripeEvent.count({ where: { connectionId } })).toBe(1);
  });

  it("refuses a wrong signature with 400 and stores nothing", async () => {
    const connectionId = await connection();
    const { body } = signed();
    const answer = await fetch(`${base}/api/webhooks/stripe/${connectionId}`, { method: "POST", body, headers: { "stripe-signature": "t=1,v1=00" } });
    expect(answer.status).toBe(400);
    expect(await db.stripeEvent.count({ where: { connectionId } })).toBe(0);
  });

  it("answers 413 to a body over the limit, also when Content-Length does not say so", async () => {
    const connectionId = await connection();
    const declared = await fetch(`${base}/api/webhooks/stripe/${connectionId}`, {
      method: "POST",
      body: "x".repeat(WEBHOOK_MAX_BYTES + 1),
      headers: { "stripe-signature": "t=1,v1=00" },
    });
    expect(declared.status).toBe(413);
    const chunked = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        `${base}/api/webhooks/stripe/${connectionId}`,
        { method: "POST", headers: { "stripe-signature": "t=1,v1=00", "transfer-encoding": "chunked" } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on("error", reject);
      for (let sent = 0; sent <= WEBHOOK_MAX_BYTES; sent += 64 * 1024) request.write("x".repeat(64 * 1024));
      request.end();
    });
    expect(chunked).toBe(413);
    expect(await db.stripeEvent.count({ where: { connectionId } })).toBe(0);
  });
});
