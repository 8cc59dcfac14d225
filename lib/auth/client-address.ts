import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
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
  const socketAddress = header(headers, CLIENT_ADDRESS_HEADER);
  const forwardedFor = header(headers, "x-forwarded-for");
  const trustProxy = env().TRUST_PROXY;
  if (!trustProxy && forwardedFor) warnOfUntrustedProxy({ socketAddress });
  return resolveClientAddress({ socketAddress, forwardedFor, trustProxy });
}

let warned = false;

/**
 * A local peer that forwards X-Forwarded-For is most likely a reverse proxy on this host: without
 * TRUST_PROXY every client then shares its address, and so its sign-in limits. Said once per process.
 */
function warnOfUntrustedProxy({ socketAddress }: { socketAddress: string | undefined }): void {
  if (warned || !socketAddress || !/^(127\.|::1$|::ffff:127\.)/.test(socketAddress)) return;
  warned = true;
  logger.warn("X-Forwarded-For from a local peer is ignored: if Conduit runs behind a reverse proxy on this host, set TRUST_PROXY=1 (see README)", {
    socketAddress,
  });
}
