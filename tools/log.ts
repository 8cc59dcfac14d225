/** One line of launcher output, marked so it stands out between the [web] and [worker] lines. */
export function log(message: string): void {
  console.log(`[conduit] ${message}`);
}
