import { Redis } from "ioredis";

/** Deletes every key under `<prefix>:` (a test run's rate limits, queues, ...). */
export async function deleteRedisKeys({ redisUrl, prefix }: { redisUrl: string; prefix: string }): Promise<number> {
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await client.connect();
    let deleted = 0;
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500);
      cursor = next;
      if (keys.length > 0) deleted += await client.unlink(...keys);
    } while (cursor !== "0");
    return deleted;
  } finally {
    client.disconnect();
  }
}
