// The `id` of a Track event: the same on every retry of a step, so Customer.io stores it once.
import { deterministicUlid } from "@/lib/catalog/customerio/deterministic-ulid";

export function eventId({ idempotencyKey, runCreatedAt, timestamp }: { idempotencyKey: string; runCreatedAt?: Date; timestamp?: number }): string {
  // The time part must not change between retries: the run's creation time, else the event's own
  // time, else zero (still a valid, stable ULID).
  const timeMs = runCreatedAt?.getTime() ?? (timestamp === undefined ? 0 : timestamp * 1000);
  return deterministicUlid({ key: idempotencyKey, timeMs });
}
