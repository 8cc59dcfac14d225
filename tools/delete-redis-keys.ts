import { Redis } from "ioredis";

/** Deletes every key starting with `prefix`; returns how many were deleted. */
export async function deleteRedisKeys({ url, prefix }: { url: string; prefix: string }): Promise<number> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3_000 });
  redis.on("error", () => {});
  await redis.connect();
  let deleted = 0;
  try {
    // Escape glob characters so the prefix is matched literally.
    const match = `${prefix.replace(/[*?[\]\\]/g, "\\$&")}*`;
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", match, "COUNT", 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
  return deleted;
}
