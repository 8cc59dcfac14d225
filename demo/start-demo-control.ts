// The demo's control API, for Conduit's demo pages (lib/demo/ calls it over HTTP, so nothing the app
// bundles imports a stand-in): the shop's customers, "make this happen in Stripe", the events made
// and their webhook deliveries, and what the Customer.io stand-in received. Listens on 127.0.0.1 only,
// under a random path: a web page the user visits can neither guess it for a cross-site POST nor read
// it through DNS rebinding.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { DEMO_CUSTOMERS, DEMO_PLANS, demoCustomerId } from "@/demo/demo-customers";
import { makeDemoEvent } from "@/demo/make-demo-event";
import type { CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import type { StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { demoEventKinds } from "@/lib/demo/demo-event-kinds";

export interface DemoControl {
  url: string;
  close(): Promise<void>;
}

const makeEventSchema = z.object({ kind: z.enum(demoEventKinds), customerId: z.string().min(1).max(100) });
const LIST_LIMIT = 50;

export async function startDemoControl({ stripe, customerio }: { stripe: StripeStandIn; customerio: CustomerioStandIn }): Promise<DemoControl> {
  const secretPrefix = `/${randomBytes(16).toString("hex")}`;
  async function answer(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const fullPath = new URL(request.url ?? "/", "http://demo").pathname;
    if (!fullPath.startsWith(`${secretPrefix}/`)) return { status: 404, body: { error: "Not found" } };
    const path = fullPath.slice(secretPrefix.length);
    if (request.method === "GET" && path === "/shop") return { status: 200, body: { customers: shopCustomers(stripe) } };
    if (request.method === "GET" && path === "/stripe/events") return { status: 200, body: { events: madeEvents(stripe) } };
    if (request.method === "GET" && path === "/customerio") return { status: 200, body: received(customerio) };
    if (request.method === "POST" && path === "/stripe/events") {
      if (!request.headers["content-type"]?.startsWith("application/json")) return { status: 415, body: { error: "Send JSON." } };
      const parsed = makeEventSchema.safeParse(await readJson(request));
      if (!parsed.success) return { status: 400, body: { error: "Expected { kind, customerId } with a known kind." } };
      const made = makeDemoEvent({ standIn: stripe, ...parsed.data });
      if (!made.ok) return { status: 400, body: { error: made.message } };
      return { status: 201, body: { event: { id: made.event.id, type: made.event.type } } };
    }
    return { status: 404, body: { error: "Not found" } };
  }

  const server = createServer((request, response) => {
    answer(request)
      .catch((error: unknown) => ({ status: 500, body: { error: error instanceof Error ? error.message : String(error) } }))
      .then(({ status, body }) => send(response, status, body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${secretPrefix}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function shopCustomers(stripe: StripeStandIn) {
  const subscriptions = [...stripe.store().subscriptions.values()];
  return DEMO_CUSTOMERS.map((customer) => {
    const id = demoCustomerId(customer);
    const subscription = subscriptions.find((candidate) => candidate.customer === id);
    return {
      id,
      name: customer.name,
      email: customer.email,
      plan: DEMO_PLANS[customer.plan].name,
      subscriptionStatus: subscription ? String(subscription.status) : null,
    };
  });
}

function madeEvents(stripe: StripeStandIn) {
  const ids = [...new Set(stripe.deliveries.map((delivery) => delivery.eventId))].reverse().slice(0, LIST_LIMIT);
  return ids.map((id) => {
    const event = stripe.store().events.get(id);
    const object = (event?.data as { object?: Record<string, unknown> } | undefined)?.object;
    return {
      id,
      type: event?.type,
      created: event?.created,
      // A dispute names its charge, not the customer.
      customer: object?.customer ?? (typeof object?.charge === "string" ? stripe.store().charges.get(object.charge)?.customer : undefined) ?? null,
      deliveries: stripe.deliveries
        .filter((delivery) => delivery.eventId === id)
        .map((delivery) => ({
          url: delivery.url,
          outcome: delivery.outcome,
          tries: delivery.attempts.length,
          lastStatus: delivery.attempts.at(-1)?.status ?? null,
        })),
    };
  });
}

function received(customerio: CustomerioStandIn) {
  const store = customerio.store();
  return {
    people: [...store.people.entries()]
      .reverse()
      .slice(0, LIST_LIMIT)
      .map(([id, attributes]) => ({ id, attributes })),
    events: [...store.events]
      .reverse()
      .slice(0, LIST_LIMIT)
      .map((event) => ({ ...event, receivedAt: event.receivedAt.toISOString() })),
    emails: [...store.deliveries].reverse().slice(0, LIST_LIMIT),
  };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), "cache-control": "no-store" });
  response.end(text);
}
