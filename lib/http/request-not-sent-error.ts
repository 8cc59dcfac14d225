/** Thrown by a capturing transport in a dry run: the request was recorded and deliberately not sent. */
export class RequestNotSentError extends Error {
  constructor() {
    super("Dry run: the request was recorded and not sent.");
    this.name = "RequestNotSentError";
  }
}
