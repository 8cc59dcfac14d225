// Customer.io drops a Track event whose `id` it has already received, and documents that id as a
// ULID. Deriving the id from the step's idempotency key makes every retry of a step send the same id.
import { createHash } from "node:crypto";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const MAX_TIME_MS = 2 ** 48 - 1;

/**
 * A ULID that depends only on its inputs: the 48-bit time part encodes `timeMs`, the 80-bit "random"
 * part is the first 80 bits of SHA-256(key). Same key and time, same ULID.
 */
export function deterministicUlid({ key, timeMs }: { key: string; timeMs: number }): string {
  if (!Number.isFinite(timeMs) || timeMs < 0 || timeMs > MAX_TIME_MS) {
    throw new RangeError(`A ULID time must be between 0 and ${MAX_TIME_MS} ms; got ${timeMs}.`);
  }
  let time = Math.floor(timeMs);
  let timePart = "";
  for (let i = 0; i < 10; i++) {
    timePart = CROCKFORD[time % 32] + timePart;
    time = Math.floor(time / 32);
  }

  let bits = BigInt(`0x${createHash("sha256").update(key, "utf8").digest().subarray(0, 10).toString("hex")}`);
  let randomPart = "";
  for (let i = 0; i < 16; i++) {
    randomPart = CROCKFORD[Number(bits & 31n)] + randomPart;
    bits >>= 5n;
  }
  return timePart + randomPart;
}
