import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = `${root}node_modules/tsx/dist/cli.mjs`;

function startWorker(env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, [tsx, "worker/index.ts"], { cwd: root, env: env as NodeJS.ProcessEnv });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => output.includes(text) && resolve();
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      void exited.then(() => (output.includes(text) ? resolve() : reject(new Error(`worker exited before "${text}":\n${output}`))));
      check();
    });
  return { child, exited, waitFor, output: () => output };
}

describe("worker process", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("logs readiness, then stops cleanly on %s", async (signal) => {
    // Its own key prefix: this worker must not take jobs queued by other test files.
    // Its Stripe sync reads the shared test database's connections: never from the real Stripe.
    const worker = startWorker({ ...process.env, REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-lifecycle`, STRIPE_API_BASE: "http://127.0.0.1:9" });
    await worker.waitFor('"message":"worker ready"');
    worker.child.kill(signal);
    const [code] = await worker.exited;
    expect(code).toBe(0);
    expect(worker.output()).toContain('"message":"worker stopped"');
  });

  it("refuses to start without DATABASE_URL and names it", async () => {
    const worker = startWorker({ ...process.env, DATABASE_URL: "" });
    const [code] = await worker.exited;
    expect(code).toBe(1);
    expect(worker.output()).toContain("DATABASE_URL is missing");
  });

  it("refuses to start with a malformed ENCRYPTION_KEYS and names it", async () => {
    const worker = startWorker({ ...process.env, ENCRYPTION_KEYS: "k1:not-32-bytes" });
    const [code] = await worker.exited;
    expect(code).toBe(1);
    expect(worker.output()).toContain("ENCRYPTION_KEYS is malformed");
  });
});
