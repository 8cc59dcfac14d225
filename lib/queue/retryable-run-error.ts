/** Thrown by the processor so BullMQ schedules another attempt, after at least `retryAfterMs`. */
export class RetryableRunError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "RetryableRunError";
  }
}
