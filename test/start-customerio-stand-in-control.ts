// A small control API over the Customer.io stand-in for the browser tests (started by
// tools/start-e2e-stand-ins.ts), so a spec can inject faults into a server it does not run:
// `POST <url>/fail-next` with the stand-in's failNext options ({ drop: "after", path: "/v1/send/email" },
// { status: 503, times: 3 }, …; `path` is exact), and `GET <url>/deliveries?to=<address>` counts the
// transactional emails the stand-in accepted for that recipient. Listens on 127.0.0.1 only, under a random path.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import type { CustomerioStandIn, FailNextOptions } from "@/demo/stand-ins/customerio-stand-in";

const matchSchema = z.object({
  times: z.number().int().min(1).max(1_000).optional(),
  api: z.enum(["track", "app"]).optional(),
  method: z.string().optional(),
  path: z.string().startsWith("/").optional(),
});
const failNextSchema = z.union([
  matchSchema.extend({ status: z.number().int().min(100).max(599), headers: z.record(z.string(), z.string()).optional(), body: z.unknown().optional() }),
  matchSchema.extend({ drop: z.enum(["before", "after"]) }),
  matchSchema.extend({ hang: z.literal(true) }),
]);

export async function startCustomerioStandInControl({ customerio }: { customerio: CustomerioStandIn }): Promise<{ url: string; close(): Promise<void> }> {
  const secretPrefix = `/${randomBytes(16).toString("hex")}`;
  async function answer(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const url = new URL(request.url ?? "/", "http://control");
    if (request.method === "POST" && url.pathname === `${secretPrefix}/fail-next`) {
      const parsed = failNextSchema.safeParse(await readJson(request));
      if (!parsed.success)
        return { status: 400, body: { error: "Expected the stand-in's failNext options: { status } or { drop } or { hang }, with api, method, path, times." } };
      customerio.failNext(parsed.data as FailNextOptions);
      return { status: 204, body: null };
    }
    if (request.method === "GET" && url.pathname === `${secretPrefix}/deliveries`) {
      const to = url.searchParams.get("to");
      const deliveries = customerio.store().deliveries.filter((delivery) => to === null || delivery.message.to === to);
      return { status: 200, body: { count: deliveries.length } };
    }
    return { status: 404, body: { error: "Not found" } };
  }
  const server = createServer((request, response) => {
    void answer(request)
      .catch((error: unknown) => ({ status: 500, body: { error: error instanceof Error ? error.message : String(error) } }))
      .then(({ status, body }) => {
        response.writeHead(status, body === null ? {} : { "Content-Type": "application/json" });
        response.end(body === null ? undefined : JSON.stringify(body));
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
