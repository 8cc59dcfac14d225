import { createHash } from "node:crypto";
import { redisKey } from "@/lib/redis";

/** The Redis keys of one throttle scope: they hold a hash of the limited value, never the value. */
export function throttleKeys({ purpose, scope, value }: { purpose: string; scope: string; value: string }): { failures: string; blocked: string } {
  const id = createHash("sha256").update(value).digest("base64url").slice(0, 22);
  return { failures: redisKey(purpose, "failures", scope, id), blocked: redisKey(purpose, "blocked", scope, id) };
}
