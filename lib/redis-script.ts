// A Lua script that Redis runs by its SHA1 (EVALSHA), so a hot script's text is not sent and hashed
// on every call; the first call on a Redis that does not know it yet (NOSCRIPT) sends it once.
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";

export type RedisScript = (client: Redis, keys: string[], args: (string | number)[]) => Promise<unknown>;

export function redisScript(lua: string): RedisScript {
  const sha = createHash("sha1").update(lua).digest("hex");
  return async (client, keys, args) => {
    try {
      return await client.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return client.eval(lua, keys.length, ...keys, ...args);
    }
  };
}
