import { env } from "@/lib/env";
import { resolveClientAddress } from "@/lib/http/resolve-client-address";

/**
 * The header in which the production server (server/web.ts) hands Next.js the socket's peer
 * address, after removing any copy the client sent. Under `next dev` it is absent ("unknown").
 */
export const CLIENT_ADDRESS_HEADER = "x-conduit-client-ip";

function header(headers: Headers | Record<string, string | string[] | undefined>, name: string): string | undefined {
  const raw = headers instanceof Headers ? headers.get(name) : headers[name];
  return Array.isArray(raw) ? raw.join(",") : (raw ?? undefined);
}

/**
 * The client's address for per-address limits and the session list: the socket's peer, or, behind
 * the reverse proxies TRUST_PROXY describes, the address they forwarded (resolve-client-address.ts).
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  return resolveClientAddress({
    socketAddress: header(headers, CLIENT_ADDRESS_HEADER),
    forwardedFor: header(headers, "x-forwarded-for"),
    trustProxy: env().TRUST_PROXY,
  });
}
