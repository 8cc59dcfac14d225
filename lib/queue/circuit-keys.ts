import { redisKey } from "@/lib/redis";

/**
 * A connection's circuit breaker in Redis, shared by every worker: `state` is a hash (`failures`: transient
 * failures in a row; while the connection is unavailable also `openedAt`, `probeAt`, `probeDelayMs`, in
 * epoch ms) and `probe` the lock of the one call that checks whether it answers again (its value: the run id).
 */
export function circuitKeys({ connectionId }: { connectionId: string }): { state: string; probe: string } {
  return { state: redisKey("circuit", connectionId), probe: redisKey("circuit", connectionId, "probe") };
}
