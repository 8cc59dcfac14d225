// The Customer.io stand-in's server, in its own thread so the load generator in the main thread never
// delays its clock: answers every Track API call at once and timestamps each delivery by its key.
// Plain JavaScript: worker threads do not get tsx's loader on Node 20.
import { createServer } from "node:http";
import { parentPort } from "node:worker_threads";

if (!parentPort) throw new Error("instant-customerio-thread.ts runs as a worker thread.");
const port = parentPort;

/** delivery key → arrival times (ms since the epoch). Key: "<stripe event id>:<zap tag>". @type {Map<string, number[]>} */
let deliveries = new Map();
let unkeyed = 0;

const server = createServer((request, response) => {
  /** @type {Buffer[]} */
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const at = Date.now();
    const key = deliveryKey(Buffer.concat(chunks).toString("utf8"));
    if (key) {
      const times = deliveries.get(key);
      if (times) times.push(at);
      else deliveries.set(key, [at]);
    } else {
      unkeyed += 1;
    }
    response.writeHead(200, { "content-type": "application/json" });
    response.end("{}");
  });
});
server.keepAliveTimeout = 60_000;

/** @param {string} body @returns {string | null} */
function deliveryKey(body) {
  try {
    const data = JSON.parse(body)?.data;
    return typeof data?.stripe_event_id === "string" ? `${data.stripe_event_id}:${String(data.zap ?? "")}` : null;
  } catch {
    return null;
  }
}

port.on("message", (/** @type {{ type: "deliveries" | "reset" | "close" }} */ message) => {
  if (message.type === "deliveries") {
    port.postMessage({ type: "deliveries", deliveries: [...deliveries.entries()], unkeyed });
  } else if (message.type === "reset") {
    deliveries = new Map();
    unkeyed = 0;
    port.postMessage({ type: "reset" });
  } else {
    server.close(() => port.postMessage({ type: "closed" }));
    server.closeAllConnections();
  }
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  port.postMessage({ type: "listening", port: typeof address === "object" && address ? address.port : 0 });
});
