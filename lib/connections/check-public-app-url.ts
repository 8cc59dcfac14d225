// Whether Stripe can deliver webhooks to Conduit's own address (APP_URL). Only then does Conduit
// create the endpoint in Stripe itself; otherwise the user adds it by hand, wherever their tunnel or
// proxy makes it reachable. The rule is deliberately simple and offline (no DNS): https, and a host
// that is not local, private or reserved. A public name that resolves to a private address passes.

/** Why Stripe cannot reach an address, as a code the pages word in the viewer's language. */
export type PublicAppUrlProblem = "invalidUrl" | "notHttps" | "privateIpv6" | "privateIp" | "localHost" | "noDomain";

/** `reason`: the problem in English, for logs and messages that are not translated. */
export type PublicAppUrlCheck = { isPublic: true } | { isPublic: false; code: PublicAppUrlProblem; reason: string };

const SPECIAL_USE_SUFFIXES = [".localhost", ".local", ".internal", ".lan", ".home.arpa", ".test", ".example", ".invalid", ".corp", ".intranet"];

/** IPv4 ranges that are not reachable from the internet: [first octets, prefix length]. */
const NON_PUBLIC_IPV4: ReadonlyArray<readonly [number, number]> = [
  [0x00000000, 8], // "this network"
  [0x0a000000, 8], // 10/8 private
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // 127/8 loopback
  [0xa9fe0000, 16], // 169.254/16 link-local
  [0xac100000, 12], // 172.16/12 private
  [0xc0000000, 24], // 192.0.0/24 IETF protocol assignments
  [0xc0a80000, 16], // 192.168/16 private
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xe0000000, 3], // 224/4 multicast and 240/4 reserved
];

export function checkPublicAppUrl({ appUrl }: { appUrl: string }): PublicAppUrlCheck {
  let url: URL;
  try {
    url = new URL(appUrl);
  } catch {
    return { isPublic: false, code: "invalidUrl", reason: "it is not a valid URL" };
  }
  if (url.protocol !== "https:") return { isPublic: false, code: "notHttps", reason: "it does not use https, which Stripe requires for webhook endpoints" };

  // The URL parser has already normalised IPv4 forms like 2130706433 or 0x7f.1 to dotted decimal.
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (host.startsWith("[")) {
    return isPublicIpv6(host.slice(1, -1)) ? { isPublic: true } : { isPublic: false, code: "privateIpv6", reason: "it is a local or private IPv6 address" };
  }
  const ipv4 = parseIpv4(host);
  if (ipv4 !== undefined) {
    return isPublicIpv4(ipv4) ? { isPublic: true } : { isPublic: false, code: "privateIp", reason: "it is a local or private IP address" };
  }
  if (host === "localhost" || SPECIAL_USE_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return { isPublic: false, code: "localHost", reason: "its host name only exists on your machine or network" };
  }
  if (!host.includes(".")) return { isPublic: false, code: "noDomain", reason: "its host name has no domain, so it only exists on your network" };
  return { isPublic: true };
}

function parseIpv4(host: string): number | undefined {
  const parts = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)?.slice(1).map(Number);
  if (!parts || parts.some((part) => part > 255)) return undefined;
  return parts.reduce((sum, part) => sum * 256 + part, 0);
}

function isPublicIpv4(address: number): boolean {
  return !NON_PUBLIC_IPV4.some(([base, bits]) => Math.floor(address / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

/** `address` as the URL parser writes it: lower-case, compressed ("::1", "::ffff:7f00:1"). */
function isPublicIpv6(address: string): boolean {
  if (address === "::" || address === "::1") return false;
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (mapped) return isPublicIpv4(parseInt(mapped[1]!, 16) * 65536 + parseInt(mapped[2]!, 16));
  const first = parseInt(address.split(":")[0] || "0", 16);
  if ((first & 0xfe00) === 0xfc00) return false; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return false; // fe80::/10 link-local
  if ((first & 0xff00) === 0xff00) return false; // ff00::/8 multicast
  return true;
}
