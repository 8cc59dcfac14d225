import { Redis } from "ioredis";

export type RedisAnswer = { ok: true } | { ok: false; reason: string };

/** Whether Redis at `url` answers PING. Tries once, never throws. */
export async function redisAnswers({ url, timeoutMs = 2_000 }: { url: string; timeoutMs?: number }): Promise<RedisAnswer> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let lastError: Error | undefined;
  redis.on("error", (error: Error) => {
    lastError = error;
  });
  try {
    await redis.connect();
    const reply = await redis.ping();
    return reply === "PONG" ? { ok: true } : { ok: false, reason: `PING answered ${reply}` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: lastError && lastError.message !== message ? `${message} (${lastError.message})` : message };
  } finally {
    redis.disconnect();
  }
}
