/** Thrown by the processor so BullMQ schedules another attempt after `delayMs`, the delay the attempt stored. */
export class RetryableRunError extends Error {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
    this.name = "RetryableRunError";
  }
}
