// `npm start`, `npm run dev` and `npm run demo`: services, secrets, env check, migrations, (build,)
// web + worker; the demo adds its Stripe and Customer.io stand-ins (demo/start-demo.ts) in this
// process, on a database of its own that starts empty every time (the stand-ins remember nothing).
// Ctrl-C or the death of web or worker stops everything this process started, newest first.
import { applyMigrations } from "@/lib/database/apply-migrations";
import { EnvError, parseEnv } from "@/lib/env";
import { bin } from "@/tools/bin";
import { deleteRedisKeys } from "@/tools/delete-redis-keys";
import { describeExit } from "@/tools/describe-exit";
import { freePort } from "@/tools/free-port";
import { LauncherError } from "@/tools/launcher-error";
import { localSecrets } from "@/tools/local-secrets";
import { log } from "@/tools/log";
import { onShutdownSignal } from "@/tools/on-shutdown-signal";
import { providePostgres } from "@/tools/provide-postgres";
import { provideRedis } from "@/tools/provide-redis";
import { spawnService, type Service } from "@/tools/spawn-service";
import { stopChild } from "@/tools/stop-child";
import { waitForHealth } from "@/tools/wait-for-health";

type Mode = "start" | "dev" | "demo";

const DEMO_DATABASE = "conduit_demo";
const DEMO_REDIS_KEY_PREFIX = "conduit-demo";

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
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new LauncherError(`PORT is malformed: expected a TCP port number, got "${process.env.PORT}".`);
  const appUrl = process.env.APP_URL || `http://localhost:${port}`;

  const secrets = await localSecrets({ env: process.env });
  if (secrets.generated.length > 0) {
    log(`Generated ${secrets.generated.join(" and ")} into .env.local (kept out of git). In production set them in the environment instead.`);
  }
  if (secrets.fromFile.length > 0) log(`Using ${secrets.fromFile.join(" and ")} from .env.local.`);

  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: mode === "dev" ? "development" : "production",
    PORT: String(port),
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
    AUTH_SECRET: secrets.AUTH_SECRET,
    ENCRYPTION_KEYS: secrets.ENCRYPTION_KEYS,
    NEXT_TELEMETRY_DISABLED: "1",
    // The demo's keys never mix with a real install's, whatever the shell says, and its failure
    // emails never reach real people.
    ...(mode === "demo" ? { REDIS_KEY_PREFIX: DEMO_REDIS_KEY_PREFIX, SMTP_URL: "" } : {}),
  };
  if (mode === "demo") refuseRealDatabase({ databaseUrl: process.env.DATABASE_URL });
  parseEnv({ ...baseEnv, DATABASE_URL: baseEnv.DATABASE_URL || PLACEHOLDER_DATABASE_URL });
  if ((await freePort({ preferred: port })) !== port) {
    throw new LauncherError(
      `Port ${port} is already in use (another Conduit, or another app). Stop it, or choose another port with PORT=3001 npm ${mode === "start" ? "start" : `run ${mode}`}.`,
    );
  }

  // Redis first: it is the one that may be missing altogether (PostgreSQL has the embedded fallback).
  const redis = await provideRedis({ purpose: "app" });
  stops.push({ name: "Redis", stop: redis.stop });
  const postgres = await providePostgres(mode === "demo" ? { purpose: "app", database: DEMO_DATABASE, fresh: true } : { purpose: "app" });
  stops.push({ name: "PostgreSQL", stop: postgres.stop });
  log(`PostgreSQL: ${postgres.description}`);
  log(`Redis: ${redis.description}`);
  if (finished()) return;

  let env: NodeJS.ProcessEnv = { ...baseEnv, DATABASE_URL: postgres.url, REDIS_URL: redis.url };
  if (mode === "demo") {
    // The queue of an earlier demo names runs of the database just emptied.
    await deleteRedisKeys({ url: redis.url, prefix: DEMO_REDIS_KEY_PREFIX });
    // Imported here, so that `npm start` and `npm run dev` never load the stand-ins.
    const { startDemo } = await import("@/demo/start-demo");
    const demo = await startDemo();
    stops.push({ name: "demo stand-ins", stop: demo.close });
    log(
      `Demo: Stripe stand-in at ${demo.appEnv.STRIPE_API_BASE} (a shop of ${demo.shop.customers} customers), Customer.io stand-in at ${demo.appEnv.CUSTOMERIO_TRACK_URL}.`,
    );
    env = { ...env, ...demo.appEnv };
  }
  parseEnv(env);

  const migrations = await applyMigrations({ databaseUrl: postgres.url, log: (message) => log(message) });
  log(
    migrations.applied.length > 0
      ? `Applied ${migrations.applied.length} migration(s).`
      : `Database schema is up to date (${migrations.alreadyApplied.length} migration(s)).`,
  );
  if (finished()) return;

  const next = bin({ name: "next" });
  if (mode !== "dev") {
    log("Building the app (next build)…");
    const build = spawnService({ name: "build", command: next, args: ["build"], env });
    stops.push({ name: "build", stop: () => stopChild({ child: build.child }) });
    const status = await build.exited;
    if (finished()) return;
    if (status.code !== 0) throw new LauncherError(`next build failed (${describeExit({ status })}); see the [build] lines above.`);
  }

  // Production runs Next.js behind Conduit's own HTTP server (server/web.ts: the webhook's fast path).
  const web =
    mode !== "dev"
      ? spawnService({ name: "web", command: process.execPath, args: ["--import", "tsx", "server/web.ts"], env })
      : spawnService({ name: "web", command: next, args: ["dev", "-p", String(port)], env });
  const worker =
    mode !== "dev"
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
    if (mode === "demo")
      log(`This is the demo: sign up at ${appUrl}/sign-up with any address. It starts empty every time and never contacts Stripe or Customer.io.`);
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

/**
 * The demo's worker would run every queued run it finds in its database against the stand-ins (and
 * fail them): a DATABASE_URL from the shell must name a database meant for the demo.
 */
function refuseRealDatabase({ databaseUrl }: { databaseUrl: string | undefined }): void {
  if (!databaseUrl) return;
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  if (name.includes("demo")) return;
  throw new LauncherError(
    `DATABASE_URL names the database "${name}": the demo would run its queued runs against the demo's stand-ins.\n` +
      'Unset DATABASE_URL (the demo then uses its own database, conduit_demo), or point it at a throwaway database whose name contains "demo".',
  );
}
