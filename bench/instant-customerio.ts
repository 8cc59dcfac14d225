// A Customer.io Track API stand-in that answers at once and records when each call arrived, so the
// benchmark can time webhook → Customer.io and count lost or repeated deliveries.
import { Worker } from "node:worker_threads";

export interface InstantCustomerio {
  /** For CUSTOMERIO_TRACK_URL / CUSTOMERIO_APP_URL. */
  url: string;
  /** Arrival times per delivery key ("<stripe event id>:<zap tag>"), and calls without a key. */
  deliveries(): Promise<{ byKey: Map<string, number[]>; unkeyed: number }>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

type Reply =
  { type: "listening"; port: number } | { type: "deliveries"; deliveries: [string, number[]][]; unkeyed: number } | { type: "reset" } | { type: "closed" };

export async function startInstantCustomerio(): Promise<InstantCustomerio> {
  const thread = new Worker(new URL("./instant-customerio-thread.mjs", import.meta.url));
  const next = <T extends Reply["type"]>(type: T) =>
    new Promise<Extract<Reply, { type: T }>>((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if (reply.type !== type) return;
        thread.off("message", onMessage);
        thread.off("error", reject);
        resolve(reply as Extract<Reply, { type: T }>);
      };
      thread.on("message", onMessage);
      thread.once("error", reject);
    });
  const { port } = await next("listening");
  return {
    url: `http://127.0.0.1:${port}`,
    async deliveries() {
      const reply = next("deliveries");
      thread.postMessage({ type: "deliveries" });
      const { deliveries, unkeyed } = await reply;
      return { byKey: new Map(deliveries), unkeyed };
    },
    async reset() {
      const reply = next("reset");
      thread.postMessage({ type: "reset" });
      await reply;
    },
    async close() {
      const reply = next("closed");
      thread.postMessage({ type: "close" });
      await reply;
      await thread.terminate();
    },
  };
}
