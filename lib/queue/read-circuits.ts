import { circuitKeys } from "@/lib/queue/circuit-keys";
import { redis } from "@/lib/redis";

/** The connections among these that are unavailable (their circuit breaker is open), with since when. */
export async function readCircuits({ connectionIds }: { connectionIds: readonly string[] }): Promise<Map<string, { openedAt: Date }>> {
  const open = new Map<string, { openedAt: Date }>();
  if (connectionIds.length === 0) return open;
  const pipeline = redis().pipeline();
  for (const connectionId of connectionIds) pipeline.hget(circuitKeys({ connectionId }).state, "openedAt");
  const results = (await pipeline.exec()) ?? [];
  results.forEach(([error, openedAt], index) => {
    const connectionId = connectionIds[index];
    if (!error && typeof openedAt === "string" && connectionId) open.set(connectionId, { openedAt: new Date(Number(openedAt)) });
  });
  return open;
}
