const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Calls `handler` on the first SIGINT/SIGTERM/SIGHUP. Later signals are ignored: a terminal Ctrl-C
 * reaches us twice (directly and forwarded by bootstrap.mjs), and the handler bounds its own time.
 */
export function onShutdownSignal({ handler }: { handler: (signal: NodeJS.Signals) => void }): void {
  let received = false;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (received) return;
      received = true;
      handler(signal);
    });
  }
}
