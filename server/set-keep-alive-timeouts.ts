import type { Server } from "node:http";

/** Longer than the idle timeout of common load balancers and proxies (AWS ALB and nginx: 60 s). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * Keeps idle keep-alive connections open longer than the clients and proxies in front do, so that
 * they, not this server, close them. Node's default (5 s) closes a connection a client may be
 * reusing at that moment: its request then meets a reset instead of an answer. The headers timeout
 * must be longer still, or it cuts such a connection short instead.
 */
export function setKeepAliveTimeouts({ server }: { server: Server }): void {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
}
