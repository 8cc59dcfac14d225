// The production web server (`npm start`, `npm run start:web`): Next.js behind a plain Node HTTP
// server whose only job of its own is the Stripe webhook's fast path (handle-webhook-request.ts).
// Every other request, and every webhook in `next dev`, goes through Next.js as usual. It also hands
// Next.js the socket's address (set-client-address-header.ts), and refuses TRACE and URLs with broken
// %-escapes, on which Next.js answered 500. WEB_CONCURRENCY > 1 runs it as that many processes (web-cluster.ts).
import cluster from "node:cluster";
import { createServer } from "node:http";
import next from "next";
import { projectRoot } from "@/lib/database/project-root";
import { env, EnvError } from "@/lib/env";
import { logger } from "@/lib/logger";
import { handleWebhookRequest, webhookConnectionId } from "@/server/handle-webhook-request";
import { refuseMalformedUrl } from "@/server/refuse-malformed-url";
import { refuseUnsupportedMethod } from "@/server/refuse-unsupported-method";
import { setClientAddressHeader } from "@/server/set-client-address-header";
import { setKeepAliveTimeouts } from "@/server/set-keep-alive-timeouts";
import { runWebCluster } from "@/server/web-cluster";

try {
  env();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}

if (cluster.isPrimary && env().WEB_CONCURRENCY > 1) {
  runWebCluster({ count: env().WEB_CONCURRENCY });
} else {
  await serve();
}

async function serve(): Promise<void> {
  const port = Number(process.env.PORT || 3000);
  const hostname = process.env.HOSTNAME || undefined;
  const app = next({ dev: false, dir: projectRoot(), port, hostname });
  const handleWithNext = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    if (refuseUnsupportedMethod({ request, response }) || refuseMalformedUrl({ request, response })) return;
    setClientAddressHeader({ request });
    const connectionId = webhookConnectionId({ method: request.method, url: request.url });
    const handled = connectionId ? handleWebhookRequest({ request, response, connectionId }) : handleWithNext(request, response);
    handled.catch((error: unknown) => {
      logger.error("request failed", { url: request.url, error });
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  setKeepAliveTimeouts({ server });
  server.listen(port, hostname, () => console.log(`▲ Conduit web server (Next.js) ready on ${hostname ?? "all interfaces"}:${port}`));

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      // Finishes the requests in flight (a webhook answered 2xx is committed), then exits.
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}
