// The browser tests: a scratch database and Redis key prefix, a production build in .next-e2e (so a
// running `npm start` is not disturbed), web + worker on a free port, then `playwright test`.
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { createScratchDatabase } from "@/test/scratch-database";
import { bin } from "@/tools/bin";
import { deleteRedisKeys } from "@/tools/delete-redis-keys";
import { describeExit } from "@/tools/describe-exit";
import { freePort } from "@/tools/free-port";
import { generateSecrets } from "@/tools/generate-secrets";
import { log } from "@/tools/log";
import { readJsonFile } from "@/tools/read-json-file";
import { readPlaywrightCounts } from "@/tools/read-playwright-counts";
import { runCommand } from "@/tools/run-command";
import { spawnService, type Service } from "@/tools/spawn-service";
import { startDemoApp, type DemoApp } from "@/tools/start-demo-app";
import { startE2eStandIns, type E2eStandIns } from "@/tools/start-e2e-stand-ins";
import type { StageResult } from "@/tools/stage-result";
import { stopChild } from "@/tools/stop-child";
import { waitForHealth } from "@/tools/wait-for-health";

const HEALTH_TIMEOUT_MS = 90_000;
// E2E_DIST_DIR lets two checkouts' or sessions' builds not collide; E2E_SPECS runs only the named
// spec files (space-separated), e.g. E2E_ONLY=1 E2E_SPECS=e2e/runs.spec.ts npm test.
const DIST_DIR = process.env.E2E_DIST_DIR || ".next-e2e";
const SPECS = (process.env.E2E_SPECS ?? "").split(/\s+/).filter(Boolean);
const RUNTIME_ONLY = ["DATABASE_URL", "REDIS_URL", "AUTH_SECRET", "ENCRYPTION_KEYS", "APP_URL", "NEXTAUTH_URL"];

export async function runE2e({
  adminUrl,
  redisUrl,
  scratchDir,
  browserPath,
  signal,
}: {
  adminUrl: string;
  redisUrl: string;
  scratchDir: string;
  /** A system Chromium or Chrome; undefined: Playwright's own (provide-browser.ts). */
  browserPath?: string;
  signal: AbortSignal;
}): Promise<StageResult> {
  const began = Date.now();
  const failed = (note: string): StageResult => ({
    name: "e2e",
    kind: "tests",
    status: "failed",
    passed: 0,
    failed: 1,
    skipped: 0,
    ms: Date.now() - began,
    note,
  });
  const services: Service[] = [];
  let standIns: E2eStandIns | undefined;
  let demoApp: DemoApp | undefined;
  const redisKeyPrefix = `conduit-e2e-${randomBytes(4).toString("hex")}`;

  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  try {
    database = await createScratchDatabase({ adminUrl, prefix: "conduit_e2e" });
  } catch (error) {
    return failed(`could not create the scratch database: ${message(error)}`);
  }

  try {
    await applyMigrations({ databaseUrl: database.url });
    log(`e2e: database ${database.name} migrated, Redis key prefix ${redisKeyPrefix}`);

    const port = await freePort();
    const appUrl = `http://127.0.0.1:${port}`;
    const secrets = generateSecrets({ keyId: "e2e" });
    const appEnv: Record<string, string> = {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: redisKeyPrefix,
      APP_URL: appUrl,
      NEXTAUTH_URL: appUrl,
      AUTH_SECRET: secrets.AUTH_SECRET,
      ENCRYPTION_KEYS: secrets.ENCRYPTION_KEYS,
    };
    const serverEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...appEnv,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      CONDUIT_BUILD_SKIP_TYPECHECK: "1",
    };

    log(`e2e: building the app into ${DIST_DIR} (next build)…`);
    // next build adds its dist folder's types to tsconfig.json; another E2E_DIST_DIR must not stay there.
    const tsconfig = await readFile("tsconfig.json", "utf8");
    // Built without the runtime variables, as `npm run build` and the Dockerfile do: a build must
    // not need a database or secrets.
    const buildEnv: NodeJS.ProcessEnv = { ...serverEnv };
    for (const name of RUNTIME_ONLY) delete buildEnv[name];
    const build = spawnService({ name: "build", command: bin({ name: "next" }), args: ["build"], env: buildEnv });
    services.push(build);
    const onAbort = () => void stopChild({ child: build.child });
    signal.addEventListener("abort", onAbort, { once: true });
    const built = await build.exited;
    if ((await readFile("tsconfig.json", "utf8")) !== tsconfig) await writeFile("tsconfig.json", tsconfig);
    signal.removeEventListener("abort", onAbort);
    if (signal.aborted) return failed("interrupted");
    if (built.code !== 0) return failed(`next build failed (${describeExit({ status: built })}); see the [build] lines above`);

    standIns = await startE2eStandIns();
    log(`e2e: Stripe stand-in at ${standIns.appEnv.STRIPE_API_BASE}, Customer.io stand-in at ${standIns.appEnv.CUSTOMERIO_TRACK_URL}`);
    const runtimeEnv = { ...serverEnv, ...standIns.appEnv };
    const web = spawnService({
      name: "web",
      command: process.execPath,
      args: ["--import", "tsx", "server/web.ts"],
      env: { ...runtimeEnv, PORT: String(port), HOSTNAME: "127.0.0.1" },
    });
    const worker = spawnService({ name: "worker", command: process.execPath, args: ["--import", "tsx", "worker/index.ts"], env: runtimeEnv });
    services.push(web, worker);
    const down = () => [web, worker].find((service) => service.child.exitCode !== null || service.child.signalCode !== null);

    const health = await waitForHealth({ url: `${appUrl}/api/health`, giveUp: () => signal.aborted || down() !== undefined, timeoutMs: HEALTH_TIMEOUT_MS });
    if (signal.aborted) return failed("interrupted");
    const dead = down();
    if (dead) return failed(`${dead.name} exited before the tests (${describeExit({ status: await dead.exited })}); see the [${dead.name}] lines above`);
    if (!health.ok) return failed(`/api/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s (last answer: ${health.lastAnswer})`);

    // e2e/demo.spec.ts runs against a second web + worker in demo mode (start-demo-app.ts).
    if (SPECS.length === 0 || SPECS.some((spec) => spec.includes("demo.spec"))) demoApp = await startDemoApp({ adminUrl, redisUrl, serverEnv });
    log(`e2e: Conduit answers at ${appUrl}; running playwright test…`);
    const reportFile = path.join(scratchDir, "playwright.json");
    const { status } = await runCommand({
      command: bin({ name: "playwright" }),
      args: ["test", "--reporter=list,json", ...SPECS],
      env: {
        ...process.env,
        ...appEnv,
        ...standIns.testEnv,
        E2E_BASE_URL: appUrl,
        E2E_DEMO_BASE_URL: demoApp?.url ?? "",
        E2E_EXTERNAL_SERVER: "1",
        E2E_CHROMIUM_PATH: browserPath ?? "",
        PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile,
      },
      signal,
    });
    const counts = readPlaywrightCounts({ report: await readJsonFile({ file: reportFile }), exitCode: status.code });
    return { name: "e2e", kind: "tests", status: counts.failed > 0 ? "failed" : "passed", ...counts, ms: Date.now() - began };
  } catch (error) {
    return failed(message(error));
  } finally {
    await Promise.all(services.map((service) => stopChild({ child: service.child })));
    await demoApp?.close();
    await standIns?.close().catch((error: unknown) => log(`e2e: could not stop the stand-ins: ${message(error)}`));
    await database.drop().catch((error: unknown) => log(`e2e: could not drop database ${database.name}: ${message(error)}`));
    await deleteRedisKeys({ url: redisUrl, prefix: redisKeyPrefix }).catch((error: unknown) =>
      log(`e2e: could not delete Redis keys ${redisKeyPrefix}*: ${message(error)}`),
    );
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
