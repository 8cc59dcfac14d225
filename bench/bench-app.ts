// The production build's web server and worker processes, as `npm start` runs them, on the bench's
// database, Redis prefix and Customer.io and Stripe stand-ins. Workers can be stopped and started per scenario.
import { describeExit } from "@/tools/describe-exit";
import { spawnService, type Service } from "@/tools/spawn-service";
import { stopChild } from "@/tools/stop-child";
import { waitForHealth } from "@/tools/wait-for-health";

export interface BenchApp {
  url: string;
  webPid(): number;
  workerPids(): number[];
  /** Stops every running worker, then starts `count` new ones (with `env` on top of the bench's) and waits until each is ready. */
  setWorkers(count: number, options?: { env?: Record<string, string> }): Promise<void>;
  stop(): Promise<void>;
}

/** `cwd`: the checkout to run (the project itself, or a baseline from prepare-baseline.ts). */
export async function startBenchApp({ port, env, workers, cwd }: { port: number; env: NodeJS.ProcessEnv; workers: number; cwd?: string }): Promise<BenchApp> {
  const url = `http://127.0.0.1:${port}`;
  // BENCH_CPU_PROF=<dir>: the web server (and each worker) writes a V8 CPU profile there when it stops.
  // The production web server, as `npm start` runs it (server/web.ts).
  const web = spawnService({
    name: "web",
    command: process.execPath,
    args: [...cpuProfile(), "--import", "tsx", "server/web.ts"],
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    cwd,
  });
  let running: Service[] = [];

  const health = await waitForHealth({ url: `${url}/api/health`, giveUp: () => web.child.exitCode !== null, timeoutMs: 90_000 });
  if (!health.ok) {
    await stopChild({ child: web.child });
    throw new Error(
      `the web server did not answer /api/health: ${web.child.exitCode === null ? health.lastAnswer : describeExit({ status: await web.exited })}`,
    );
  }

  async function setWorkers(count: number, { env: extra = {} }: { env?: Record<string, string> } = {}): Promise<void> {
    await Promise.all(running.map((service) => stopChild({ child: service.child, timeoutMs: 30_000 })));
    running = Array.from({ length: count }, (_, index) => startWorker({ index, env: { ...env, ...extra }, cwd }));
    await Promise.all(running.map((service) => workerReady(service)));
  }
  await setWorkers(workers);

  return {
    url,
    webPid: () => web.child.pid ?? 0,
    workerPids: () => running.map((service) => service.child.pid ?? 0),
    setWorkers,
    async stop() {
      await Promise.all([web, ...running].map((service) => stopChild({ child: service.child, timeoutMs: 30_000 })));
    },
  };
}

function startWorker({ index, env, cwd }: { index: number; env: NodeJS.ProcessEnv; cwd?: string }): Service {
  return spawnService({ name: `worker-${index + 1}`, command: process.execPath, args: [...cpuProfile(), "--import", "tsx", "worker/index.ts"], env, cwd });
}

function cpuProfile(): string[] {
  return process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
}

/** The worker logs "worker ready" once BullMQ is connected and stop signals are handled (worker/index.ts). */
function workerReady(service: Service): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString("utf8")).slice(-4_000);
      if (!seen.includes("worker ready")) return;
      service.child.stdout?.off("data", onData);
      resolve();
    };
    service.child.stdout?.on("data", onData);
    void service.exited.then((status) => reject(new Error(`${service.name} exited before it was ready (${describeExit({ status })})`)));
  });
}
