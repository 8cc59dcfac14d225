// `npm start` and `npm run dev`: services, secrets, env check, migrations, (build,) web + worker.
// Ctrl-C or the death of web or worker stops everything this process started, newest first.
import { applyMigrations } from "@/lib/database/apply-migrations";
import { EnvError, parseEnv } from "@/lib/env";
import { bin } from "@/lib/launcher/bin";
import { describeExit } from "@/lib/launcher/describe-exit";
import { freePort } from "@/lib/launcher/free-port";
import { LauncherError } from "@/lib/launcher/launcher-error";
import { localSecrets } from "@/lib/launcher/local-secrets";
import { log } from "@/lib/launcher/log";
import { onShutdownSignal } from "@/lib/launcher/on-shutdown-signal";
import { providePostgres } from "@/lib/launcher/provide-postgres";
import { provideRedis } from "@/lib/launcher/provide-redis";
import { spawnService, type Service } from "@/lib/launcher/spawn-service";
import { stopChild } from "@/lib/launcher/stop-child";
import { waitForHealth } from "@/lib/launcher/wait-for-health";

type Mode = "start" | "dev";

// Lets the environment be checked before anything is started, when the database is ours to find.
const PLACEHOLDER_DATABASE_URL = "postgresql://placeholder@127.0.0.1:5432/placeholder";
const SHUTDOWN_LIMIT_MS = 30_000;

export async function runApp({ mode }: { mode: Mode }): Promise<void> {
  const stops: { name: string; stop: () => Promise<unknown> }[] = [];
  let finishing: Promise<void> | undefined;

  let graceMs = 0;
  const finish = (code: number): Promise<void> => {
    finishing ??= (async () => {
      setTimeout(() => {
        log(`Could not stop everything within ${SHUTDOWN_LIMIT_MS / 1000} s; exiting anyway.`);
        process.exit(code || 1);
      }, SHUTDOWN_LIMIT_MS).unref();
      for (const { name, stop } of stops.reverse()) {
        await stop().catch((error: unknown) => log(`Stopping ${name} failed: ${error instanceof Error ? error.message : String(error)}`));
      }
      if (stops.length > 0) log("Stopped.");
      process.exit(code);
    })();
    return finishing;
  };

  onShutdownSignal({
    handler: (signal) => {
      log(`${signal} received: stopping…`);
      // A terminal Ctrl-C has reached web and worker as well; a second signal makes `tsx watch` force-kill.
      graceMs = 2_000;
      void finish(0);
    },
  });

  try {
    await startEverything({
      mode,
      stops,
      finished: () => finishing !== undefined,
      fail: (reason) => {
        log(reason);
        void finish(1);
      },
      graceMs: () => graceMs,
    });
  } catch (error) {
    if (error instanceof LauncherError || error instanceof EnvError) console.error(`\n${error.message}\n`);
    else console.error(error);
    await finish(1);
  }
}

async function startEverything({
  mode,
  stops,
  finished,
  fail,
  graceMs,
}: {
  mode: Mode;
  stops: { name: string; stop: () => Promise<unknown> }[];
  finished: () => boolean;
  fail: (reason: string) => void;
  /** How long web and worker get to exit on their own once stopping begins. */
  graceMs: () => number;
}): Promise<void> {
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new LauncherError(`PORT is malformed: expected a TCP port number, got "${process.env.PORT}".`);
  const appUrl = process.env.APP_URL || `http://localhost:${port}`;

  const secrets = await localSecrets({ env: process.env });
  if (secrets.generated.length > 0) {
    log(`Generated ${secrets.generated.join(" and ")} into .env.local (kept out of git). In production set them in the environment instead.`);
  }
  if (secrets.fromFile.length > 0) log(`Using ${secrets.fromFile.join(" and ")} from .env.local.`);

  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: mode === "start" ? "production" : "development",
    PORT: String(port),
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
    AUTH_SECRET: secrets.AUTH_SECRET,
    ENCRYPTION_KEYS: secrets.ENCRYPTION_KEYS,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  parseEnv({ ...baseEnv, DATABASE_URL: baseEnv.DATABASE_URL || PLACEHOLDER_DATABASE_URL });
  if ((await freePort({ preferred: port })) !== port) {
    throw new LauncherError(`Port ${port} is already in use (another Conduit, or another app). Stop it, or choose another port with PORT=3001 npm ${mode === "start" ? "start" : "run dev"}.`);
  }

  // Redis first: it is the one that may be missing altogether (PostgreSQL has the embedded fallback).
  const redis = await provideRedis({ purpose: "app" });
  stops.push({ name: "Redis", stop: redis.stop });
  const postgres = await providePostgres({ purpose: "app" });
  stops.push({ name: "PostgreSQL", stop: postgres.stop });
  log(`PostgreSQL: ${postgres.description}`);
  log(`Redis: ${redis.description}`);
  if (finished()) return;

  const env: NodeJS.ProcessEnv = { ...baseEnv, DATABASE_URL: postgres.url, REDIS_URL: redis.url };
  parseEnv(env);

  const migrations = await applyMigrations({ databaseUrl: postgres.url, log: (message) => log(message) });
  log(migrations.applied.length > 0 ? `Applied ${migrations.applied.length} migration(s).` : `Database schema is up to date (${migrations.alreadyApplied.length} migration(s)).`);
  if (finished()) return;

  const next = bin({ name: "next" });
  if (mode === "start") {
    log("Building the app (next build)…");
    const build = spawnService({ name: "build", command: next, args: ["build"], env });
    stops.push({ name: "build", stop: () => stopChild({ child: build.child }) });
    const status = await build.exited;
    if (finished()) return;
    if (status.code !== 0) throw new LauncherError(`next build failed (${describeExit({ status })}); see the [build] lines above.`);
  }

  // Production runs Next.js behind Conduit's own HTTP server (lib/server/web.ts: the webhook's fast path).
  const web =
    mode === "start"
      ? spawnService({ name: "web", command: process.execPath, args: ["--import", "tsx", "lib/server/web.ts"], env })
      : spawnService({ name: "web", command: next, args: ["dev", "-p", String(port)], env });
  const worker =
    mode === "start"
      ? spawnService({ name: "worker", command: process.execPath, args: ["--import", "tsx", "worker/index.ts"], env })
      : spawnService({ name: "worker", command: bin({ name: "tsx" }), args: ["watch", "--clear-screen=false", "worker/index.ts"], env });
  stops.push({ name: "web and worker", stop: () => Promise.all([web, worker].map((service) => stopChild({ child: service.child, graceMs: graceMs() }))) });
  watchForDeath({ services: [web, worker], finished, fail });

  const health = await waitForHealth({
    url: `http://127.0.0.1:${port}/api/health`,
    giveUp: finished,
    onSlow: (lastAnswer) => log(`Still waiting for /api/health to answer 200 (last answer: ${lastAnswer}).`),
  });
  if (health.ok) {
    log(`Conduit is running at ${appUrl}`);
    log("Press Ctrl-C to stop.");
  }
}

function watchForDeath({ services, finished, fail }: { services: Service[]; finished: () => boolean; fail: (reason: string) => void }): void {
  for (const service of services) {
    void service.exited.then(async (status) => {
      if (finished()) return;
      // A terminal Ctrl-C reaches the children too; give our own signal handler the first word.
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (!finished()) fail(`${service.name} stopped unexpectedly (${describeExit({ status })}); stopping everything.`);
    });
  }
}
