// For tests: a real HTTP server that serves Conduit's Stripe webhook route (the route handler
// itself, not a copy), so code that posts to `${APP_URL}/api/webhooks/stripe/<id>` can be tested
// over the network without building the Next.js app. Any other path answers 404, as a web server
// that is not Conduit would.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { POST } from "@/app/api/webhooks/stripe/[connectionId]/route";

const ROUTE = /^\/api\/webhooks\/stripe\/([^/?]+)$/;

export interface WebhookServer {
  /** Use as APP_URL. */
  url: string;
  close(): Promise<void>;
}

export async function startWebhookServer(): Promise<WebhookServer> {
  const server = createServer((incoming, outgoing) => {
    answer(incoming)
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        outgoing.writeHead(500, { "content-type": "text/plain" });
        outgoing.end(`test server failure: ${error instanceof Error ? error.message : String(error)}`);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

async function answer(incoming: IncomingMessage): Promise<Response> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const path = new URL(incoming.url ?? "/", "http://webhook.test").pathname;
  const match = ROUTE.exec(path);
  if (incoming.method !== "POST" || !match) return new Response("<h1>Not Found</h1>", { status: 404, headers: { "content-type": "text/html" } });
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const request = new Request(`http://webhook.test${incoming.url ?? "/"}`, { method: "POST", headers, body: Buffer.concat(chunks) });
  return POST(request, { params: Promise.resolve({ connectionId: decodeURIComponent(match[1] ?? "") }) });
}
