// Webhook delivery by the Stripe stand-in, checked with the real SDK's verifier and a plain receiver.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startStripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { TEST_ACCOUNT, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const received: Received[] = [];
/** Statuses the receiver answers with, in order; then 200. */
let answers: number[] = [];
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    received.push({ path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
    response.writeHead(answers.shift() ?? 200).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

const standIn = await startStripeStandIn({ accounts: [TEST_ACCOUNT], webhookRetryDelaysMs: [5, 5] });
const stripe = new Stripe(TEST_KEYS.secret, { host: standIn.host, port: standIn.port, protocol: standIn.protocol, maxNetworkRetries: 0 });

beforeEach(() => {
  standIn.reset();
  received.length = 0;
  answers = [];
});

afterAll(async () => {
  await standIn.close();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

const charge = () => standIn.seed({ charges: [{ customer: "cus_Deliver", status: "failed" }] }).charges[0]!;

describe("Stripe stand-in: webhook delivery", () => {
  it("POSTs the event to each enabled endpoint whose enabled_events match, signed so that stripe.webhooks.constructEvent accepts it", async () => {
    const matching = await stripe.webhookEndpoints.create({ url: `${receiverUrl}/matching`, enabled_events: ["charge.failed", "charge.succeeded"] });
    const wildcard = await stripe.webhookEndpoints.create({ url: `${receiverUrl}/wildcard`, enabled_events: ["*"] });
    await stripe.webhookEndpoints.create({ url: `${receiverUrl}/other-type`, enabled_events: ["customer.created"] });
    const disabled = await stripe.webhookEndpoints.create({ url: `${receiverUrl}/disabled`, enabled_events: ["*"] });
    await stripe.webhookEndpoints.update(disabled.id, { disabled: true });

    const { event, delivered } = standIn.createEvent({ type: "charge.failed", object: charge() });
    const deliveries = await delivered;

    expect(deliveries.map((delivery) => [delivery.url, delivery.outcome, delivery.attempts.length])).toEqual([
      [`${receiverUrl}/matching`, "delivered", 1],
      [`${receiverUrl}/wildcard`, "delivered", 1],
    ]);
    expect(received.map((request) => request.path).sort()).toEqual(["/matching", "/wildcard"]);
    for (const [request, secret] of [
      [received.find((one) => one.path === "/matching")!, matching.secret!],
      [received.find((one) => one.path === "/wildcard")!, wildcard.secret!],
    ] as const) {
      expect(request.headers["content-type"]).toMatch(/^application\/json/);
      const verified = stripe.webhooks.constructEvent(request.body, String(request.headers["stripe-signature"]), secret, 300);
      expect(verified).toMatchObject({
        id: event.id,
        object: "event",
        type: "charge.failed",
        livemode: false,
        data: { object: { customer: "cus_Deliver", status: "failed" } },
      });
      // Signed with this endpoint's secret only.
      expect(() =>
        stripe.webhooks.constructEvent(
          request.body,
          String(request.headers["stripe-signature"]),
          secret === matching.secret ? wildcard.secret! : matching.secret!,
          300,
        ),
      ).toThrow(Stripe.errors.StripeSignatureVerificationError);
    }
    // And the event stays in the account's event list, for the Events API.
    const listed = await stripe.events.list({ type: "charge.failed" });
    expect(listed.data.map((one) => one.id)).toEqual([event.id]);
  });

  it("retries a delivery that failed, and gives up after the last retry", async () => {
    await stripe.webhookEndpoints.create({ url: `${receiverUrl}/flaky`, enabled_events: ["charge.failed"] });
    answers = [500];
    const first = await standIn.createEvent({ type: "charge.failed", object: charge() }).delivered;
    expect(first.map((delivery) => [delivery.outcome, delivery.attempts.map((attempt) => attempt.status)])).toEqual([["delivered", [500, 200]]]);

    answers = [503, 500, 404];
    const second = await standIn.createEvent({ type: "charge.failed", object: charge() }).delivered;
    expect(second.map((delivery) => [delivery.outcome, delivery.attempts.map((attempt) => attempt.status)])).toEqual([["failed", [503, 500, 404]]]);
    expect(received).toHaveLength(5);
    expect(standIn.deliveries.map((delivery) => delivery.outcome)).toEqual(["delivered", "failed"]);
  });

  it("delivers nothing to endpoints of another mode, and only to the secret the endpoint has now", async () => {
    const live = new Stripe(TEST_KEYS.live, { host: standIn.host, port: standIn.port, protocol: standIn.protocol, maxNetworkRetries: 0 });
    await live.webhookEndpoints.create({ url: `${receiverUrl}/live`, enabled_events: ["*"] });
    expect(await standIn.createEvent({ type: "charge.failed", object: charge() }).delivered).toEqual([]);
    expect(received).toEqual([]);

    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiverUrl}/test`, enabled_events: ["*"] });
    await stripe.webhookEndpoints.del(endpoint.id);
    expect(await standIn.createEvent({ type: "charge.failed", object: charge() }).delivered).toEqual([]);
  });
});
