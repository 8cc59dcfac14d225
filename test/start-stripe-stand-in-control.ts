// A small control API over the Stripe stand-in for the browser tests (started by
// tools/start-e2e-stand-ins.ts): `POST <url>/events` with { type, object } makes that event happen in
// the stand-in's account (listed by /v1/events, delivered to its webhook endpoints), as
// demo/start-demo-control.ts does for the demo; `POST <url>/seed` with { charges, paymentIntents,
// customers } adds objects its lookups can read (a disputed charge). Listens on 127.0.0.1 only,
// under a random path.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import type { JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import type { StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import type { StripeSeed } from "@/demo/stand-ins/stripe-stand-in-store";

const eventSchema = z.object({ type: z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/), object: z.record(z.string(), z.unknown()) });
const objects = z.array(z.record(z.string(), z.unknown())).max(100).optional();
const seedSchema = z.object({ customers: objects, charges: objects, paymentIntents: objects }).strict();

export async function startStripeStandInControl({ stripe }: { stripe: StripeStandIn }): Promise<{ url: string; close(): Promise<void> }> {
  const secretPrefix = `/${randomBytes(16).toString("hex")}`;
  async function answer(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const path = new URL(request.url ?? "/", "http://control").pathname;
    if (request.method === "POST" && path === `${secretPrefix}/seed`) {
      const seed = seedSchema.safeParse(await readJson(request));
      if (!seed.success) return { status: 400, body: { error: "Expected { customers?, charges?, paymentIntents? }: lists of Stripe objects." } };
      const seeded = stripe.seed(seed.data as StripeSeed);
      return { status: 201, body: { ids: [...seeded.customers, ...seeded.charges, ...seeded.paymentIntents].map((object) => object.id) } };
    }
    if (request.method !== "POST" || path !== `${secretPrefix}/events`) return { status: 404, body: { error: "Not found" } };
    const parsed = eventSchema.safeParse(await readJson(request));
    if (!parsed.success) return { status: 400, body: { error: "Expected { type, object } with a Stripe event type." } };
    const { event } = stripe.createEvent({ type: parsed.data.type, object: parsed.data.object as JsonObject });
    return { status: 201, body: { event: { id: event.id, type: event.type } } };
  }
  const server = createServer((request, response) => {
    void answer(request)
      .catch((error: unknown) => ({ status: 500, body: { error: error instanceof Error ? error.message : String(error) } }))
      .then(({ status, body }) => {
        response.writeHead(status, { "Content-Type": "application/json" });
        response.end(JSON.stringify(body));
      });
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

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}
