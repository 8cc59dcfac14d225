// `npm run bench`: the production build (web + worker) on a scratch database and Redis prefix, a
// Customer.io stand-in that answers at once, signed Stripe webhooks from autocannon, a Stripe stand-in
// whose Events API the worker reads (the sync scenario); prints one table
// and writes bench/results/<date>.json. BENCH_QUICK=1: short scenarios (checks the harness);
// BENCH_ONLY=ingest,history: some scenarios; BENCH_REUSE_BUILD=1: skip `next build` when .next-bench exists;
// BENCH_BASELINE=<commit>: each scenario also runs on that commit, and the table shows both (prepare-baseline.ts);
// BENCH_AFTER=<commit>: the "after" side is that commit rather than this checkout (one step of the work against the one before).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { bin } from "@/tools/bin";
import { deleteRedisKeys } from "@/tools/delete-redis-keys";
import { freePort } from "@/tools/free-port";
import { generateSecrets } from "@/tools/generate-secrets";
import { log } from "@/tools/log";
import { providePostgres } from "@/tools/provide-postgres";
import { provideRedis } from "@/tools/provide-redis";
import { runCommand } from "@/tools/run-command";
import { createScratchDatabase } from "@/test/scratch-database";
import { benchConfig } from "@/bench/bench-config";
import { startInstantCustomerio } from "@/bench/instant-customerio";
import { startBenchStripe } from "@/bench/start-bench-stripe";
import { prepareBaseline } from "@/bench/prepare-baseline";

// BENCH_DIST_DIR: another build directory, so that two checkouts or sessions do not share one.
const DIST_DIR = process.env.BENCH_DIST_DIR || ".next-bench";
const SCENARIOS = ["ingest", "steady", "fan-out", "soak", "worker", "history", "sync"] as const;
const only = (process.env.BENCH_ONLY ?? "")
  .split(",")
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = only.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown scenario(s) in BENCH_ONLY: ${unknown.join(", ")}. Choose from: ${SCENARIOS.join(", ")}.`);
  process.exit(2);
}
const config = benchConfig({ quick: process.env.BENCH_QUICK === "1" });
const scratchDir = await mkdtemp(path.join(os.tmpdir(), "conduit-bench-"));
const postgres = await providePostgres({ purpose: "test", scratchDir });
const redis = await provideRedis({ purpose: "test", scratchDir });
const database = await createScratchDatabase({ adminUrl: postgres.url, prefix: "conduit_bench" });
const redisKeyPrefix = `conduit-bench-${randomBytes(4).toString("hex")}`;
const customerio = await startInstantCustomerio();
const stripe = await startBenchStripe({ syncAccounts: config.syncConnections });
let exitCode = 1;

try {
  await applyMigrations({ databaseUrl: database.url });
  const port = await freePort();
  const appEnv: Record<string, string> = {
    ...generateSecrets({ keyId: "bench" }),
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: redisKeyPrefix,
    APP_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    CUSTOMERIO_TRACK_URL: customerio.url,
    CUSTOMERIO_APP_URL: customerio.url,
    // Customer.io's own limit is per workspace; the stand-in has none, and the bench measures Conduit.
    CUSTOMERIO_RATE_LIMIT_PER_SECOND: "10000",
    STRIPE_API_BASE: stripe.standIn.url,
    // The default, stated: the sync scenario's figures depend on it (it runs a pass per BENCH_SYNC_INTERVALS).
    STRIPE_SYNC_INTERVAL_MS: "5000",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The bench process seeds and checks through lib/, which reads the same environment.
  Object.assign(process.env, appEnv);

  if (process.env.BENCH_REUSE_BUILD === "1" && existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
    log(`bench: reusing the build in ${DIST_DIR}`);
  } else {
    log(`bench: building the app into ${DIST_DIR} (next build)…`);
    const tsconfig = await readFile("tsconfig.json", "utf8");
    const { status } = await runCommand({ command: bin({ name: "next" }), args: ["build"], env: { ...process.env, CONDUIT_BUILD_SKIP_TYPECHECK: "1" } });
    if ((await readFile("tsconfig.json", "utf8")) !== tsconfig) await writeFile("tsconfig.json", tsconfig);
    if (status.code !== 0) throw new Error("next build failed; see above");
  }

  const baseline = process.env.BENCH_BASELINE ? await prepareBaseline({ revision: process.env.BENCH_BASELINE, distDir: DIST_DIR }) : undefined;
  if (baseline) log(`bench: the baseline ${baseline.commit} is in ${baseline.dir}`);
  const after = process.env.BENCH_AFTER ? await prepareBaseline({ revision: process.env.BENCH_AFTER, distDir: DIST_DIR }) : undefined;
  if (after) log(`bench: "after" is ${after.commit}, in ${after.dir}`);
  const { runScenarios } = await import("@/bench/run-scenarios");
  const results = await runScenarios({
    config,
    customerio,
    stripe,
    port,
    env: { ...process.env },
    only: only.length > 0 ? only : [...SCENARIOS],
    baseline,
    after,
  });
  const { formatTable } = await import("@/bench/format-table");
  const table = formatTable({ results });
  console.log(`\n${table.join("\n")}\n`);

  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: postgres.description,
    redis: redis.description,
  };
  await mkdir("bench/results", { recursive: true });
  const file = path.join("bench/results", `${new Date().toISOString().replace(/[:.]/g, "-")}${config.quick ? "-quick" : ""}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), quick: config.quick, machine, config, baseline: baseline?.commit, after: after?.commit, results }, null, 2)}\n`,
  );
  log(`bench: results written to ${file}`);
  // The baseline's correctness is shown, not required: a commit under test may be the one that fixed it.
  exitCode = results.filter((result) => !result.baseline).every((result) => result.correct) ? 0 : 1;
  if (exitCode !== 0) log("bench: at least one scenario lost or doubled work; its figures are not valid");
} catch (error) {
  console.error(error);
} finally {
  await customerio.close().catch(() => {});
  await stripe.standIn.close().catch(() => {});
  await database.drop().catch((error: unknown) => log(`bench: could not drop ${database.name}: ${String(error)}`));
  await deleteRedisKeys({ url: redis.url, prefix: redisKeyPrefix }).catch(() => {});
  await redis.stop().catch(() => {});
  await postgres.stop().catch(() => {});
  await rm(scratchDir, { recursive: true, force: true }).catch(() => {});
}
process.exit(exitCode);
