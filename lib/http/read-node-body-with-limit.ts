import type { IncomingMessage } from "node:http";

/**
 * Reads a Node request's body as text, or returns null once it grows past `limitBytes` (or declares
 * more in Content-Length), without reading the rest. The caller answers 413 with `Connection: close`;
 * the request is not destroyed here, since that would destroy the socket before the answer is sent.
 */
export async function readNodeBodyWithLimit({ request, limitBytes }: { request: IncomingMessage; limitBytes: number }): Promise<string | null> {
  const declared = Number(request.headers["content-length"] ?? "NaN");
  if (Number.isFinite(declared) && declared > limitBytes) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.iterator({ destroyOnReturn: false })) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size > limitBytes) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
