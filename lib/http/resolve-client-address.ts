import { BlockList, isIP } from "node:net";
import type { TrustProxy } from "@/lib/http/trust-proxy-schema";

/** "::ffff:203.0.113.7" → "203.0.113.7", "203.0.113.7:5123" → "203.0.113.7", "[::1]:80" → "::1". */
function normalize(entry: string): string {
  let address = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped?.[1] ?? address).toLowerCase().slice(0, 64);
}

const blockLists = new Map<string, BlockList>();

function trustedProxies(proxies: string[]): BlockList {
  const key = proxies.join(",");
  let list = blockLists.get(key);
  if (!list) {
    list = new BlockList();
    for (const entry of proxies) {
      const [address = "", prefix] = entry.split("/");
      const type = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
    blockLists.set(key, list);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address. Without trusted proxies it is the socket's peer: X-Forwarded-For is
 * whatever the client wrote. With TRUST_PROXY, X-Forwarded-For is read from the right (each proxy
 * appends the address it saw): `{ hops: n }` takes the address n hops out from the socket,
 * `{ proxies }` skips addresses of the listed proxies and takes the first one that is not.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustProxy,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | undefined;
  trustProxy: TrustProxy | undefined;
}): string {
  const socket = socketAddress ? normalize(socketAddress) : "";
  if (!socket) return "unknown";
  if (!trustProxy) return socket;
  const forwarded = (forwardedFor ?? "").split(",").map(normalize).filter(Boolean);
  // Nearest first: the socket's peer, then what each proxy says it saw.
  const chain = [socket, ...forwarded.reverse()];
  if ("hops" in trustProxy) return chain[Math.min(trustProxy.hops, chain.length - 1)] ?? socket;
  const list = trustedProxies(trustProxy.proxies);
  return chain.find((address) => !isTrusted(list, address)) ?? chain.at(-1) ?? socket;
}
