import type { IncomingMessage, ServerResponse } from "node:http";
import { malformedUrlProblem } from "@/lib/http/malformed-url-problem";

/**
 * Answers 400, with what is wrong, to a URL with a broken %-escape, before Next.js sees it (Next.js
 * hands pages and next-auth the query already decoded, U+FFFD and all); true when it did.
 */
export function refuseMalformedUrl({ request, response }: { request: IncomingMessage; response: ServerResponse }): boolean {
  const url = request.url ?? "/";
  const problem = malformedUrlProblem({ url });
  if (!problem) return false;
  const api = url.startsWith("/api/");
  response.writeHead(400, { "Content-Type": api ? "application/json" : "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
  response.end(api ? JSON.stringify({ error: problem }) : `${problem}\n`);
  return true;
}
