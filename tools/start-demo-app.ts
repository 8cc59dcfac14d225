// For the browser tests of the demo (e2e/demo.spec.ts): a second web + worker from the same build,
// in demo mode, with the demo's own stand-ins, scratch database and Redis key prefix, so that the
// other specs keep seeing Conduit as `npm start` serves it.
import { randomBytes } from "node:crypto";
import { startDemo } from "@/demo/start-demo";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { deleteRedisKeys } from "@/tools/delete-redis-keys";
import { freePort } from "@/tools/free-port";
import { log } from "@/tools/log";
import { spawnService, type Service } from "@/tools/spawn-service";
import { stopChild } from "@/tools/stop-child";
import { waitForHealth } from "@/tools/wait-for-health";
import { createScratchDatabase } from "@/test/scratch-database";

export interface DemoApp {
  url: string;
  close(): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 90_000;

export async function startDemoApp({ adminUrl, redisUrl, serverEnv }: { adminUrl: string; redisUrl: string; serverEnv: NodeJS.ProcessEnv }): Promise<DemoApp> {
  const closers: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const closeOne of closers.splice(0).reverse())
      await closeOne().catch((error: unknown) => log(`e2e demo: ${error instanceof Error ? error.message : String(error)}`));
  };
  try {
    const database = await createScratchDatabase({ adminUrl, prefix: "conduit_e2e_demo" });
    closers.push(() => database.drop());
    await applyMigrations({ databaseUrl: database.url });
    const redisKeyPrefix = `conduit-e2e-demo-${randomBytes(4).toString("hex")}`;
    closers.push(() => deleteRedisKeys({ url: redisUrl, prefix: redisKeyPrefix }));
    const demo = await startDemo();
    closers.push(() => demo.close());

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...serverEnv,
      ...demo.appEnv,
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: redisKeyPrefix,
      APP_URL: url,
      NEXTAUTH_URL: url,
    };
    const services: Service[] = [
      spawnService({
        name: "demo-web",
        command: process.execPath,
        args: ["--import", "tsx", "server/web.ts"],
        env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
      }),
      spawnService({ name: "demo-worker", command: process.execPath, args: ["--import", "tsx", "worker/index.ts"], env }),
    ];
    closers.push(() => Promise.all(services.map((service) => stopChild({ child: service.child }))));
    const down = () => services.find((service) => service.child.exitCode !== null || service.child.signalCode !== null);
    const health = await waitForHealth({ url: `${url}/api/health`, giveUp: () => down() !== undefined, timeoutMs: HEALTH_TIMEOUT_MS });
    if (!health.ok) throw new Error(`the demo's web server did not answer /api/health (${down() ? `${down()!.name} exited` : health.lastAnswer})`);
    log(`e2e: the demo answers at ${url}`);
    return { url, close };
  } catch (error) {
    await close();
    throw error;
  }
}
