import type { SentRequest } from "@/lib/http/sent-request";

// curl computes these itself; copying them would break the command once the body is edited.
const COMPUTED = new Set(["content-length", "host", "connection"]);

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** A recorded request as a curl command (POSIX shell quoting), with its credentials still masked. */
export function curlCommand({ request }: { request: SentRequest }): string {
  const parts = [`curl -X ${request.method} ${quote(request.url)}`];
  for (const [name, value] of Object.entries(request.headers)) {
    if (!COMPUTED.has(name.toLowerCase())) parts.push(`-H ${quote(`${name}: ${value}`)}`);
  }
  if (request.body !== null) {
    parts.push(`--data-raw ${quote(typeof request.body === "string" ? request.body : JSON.stringify(request.body))}`);
  }
  return parts.join(" \\\n  ");
}
