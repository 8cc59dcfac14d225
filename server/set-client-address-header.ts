import type { IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";

/**
 * Hands Next.js the socket's peer address in x-conduit-client-ip (lib/auth/client-address.ts reads
 * it). Any copy the client sent is dropped first, so the header cannot be forged from outside.
 */
export function setClientAddressHeader({ request }: { request: IncomingMessage }): void {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  const address = request.socket.remoteAddress;
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
}
