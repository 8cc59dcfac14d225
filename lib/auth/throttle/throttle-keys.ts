import { createHash } from "node:crypto";
import { isIP } from "node:net";
import { redisKey } from "@/lib/redis";

/** The Redis keys of one throttle scope: they hold a hash of the limited value, never the value. */
export function throttleKeys({ purpose, scope, value }: { purpose: string; scope: string; value: string }): { failures: string; blocked: string } {
  const id = createHash("sha256")
    .update(scope === "address" ? addressBlock(value) : value)
    .digest("base64url")
    .slice(0, 22);
  return { failures: redisKey(purpose, "failures", scope, id), blocked: redisKey(purpose, "blocked", scope, id) };
}

/**
 * What an address limit counts: an IPv4 address, or the /64 an IPv6 address is in, since one
 * client (a home connection, a cloud VM) gets a whole /64 and could try from a new address each time.
 */
export function addressBlock(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
