import type { IncomingMessage, ServerResponse } from "node:http";

// TRACE echoes requests back (cross-site tracing), and Next.js cannot build a Request for it, so it
// answered 500. (Node's parser already answers 400 to unknown methods such as TRACK.)
const REFUSED = new Set(["TRACE"]);

/** Answers 405 to TRACE, before Next.js sees it; true when it did. */
export function refuseUnsupportedMethod({ request, response }: { request: IncomingMessage; response: ServerResponse }): boolean {
  if (!REFUSED.has((request.method ?? "").toUpperCase())) return false;
  response.writeHead(405, { Allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS", "Content-Type": "text/plain; charset=utf-8" });
  response.end(`Method ${request.method} is not allowed.\n`);
  return true;
}
