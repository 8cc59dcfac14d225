// `npm test`: typecheck, lint, format check (Prettier), Vitest, then the browser tests, each run even when an earlier one
// failed, on PostgreSQL and Redis found or started for the run. Ends with `N passed, N failed`.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { bin } from "@/tools/bin";
import { formatSummary } from "@/tools/format-summary";
import { LauncherError } from "@/tools/launcher-error";
import { log } from "@/tools/log";
import { onShutdownSignal } from "@/tools/on-shutdown-signal";
import { provideBrowser } from "@/tools/provide-browser";
import { providePostgres, type ProvidedPostgres } from "@/tools/provide-postgres";
import { provideRedis, type ProvidedRedis } from "@/tools/provide-redis";
import { runCommand } from "@/tools/run-command";
import { runE2e } from "@/tools/run-e2e";
import { runVitest } from "@/tools/run-vitest";
import type { StageResult } from "@/tools/stage-result";

type Services = { postgres?: ProvidedPostgres; redis?: ProvidedRedis; problem?: string };

const began = Date.now();
const interrupt = new AbortController();
onShutdownSignal({
  handler: (signal) => {
    log(`${signal} received: stopping the current stage and cleaning up…`);
    interrupt.abort();
    setTimeout(() => process.exit(130), 60_000).unref();
  },
});

const scratchDir = await mkdtemp(path.join(tmpdir(), "conduit-test-"));
const stages: StageResult[] = [];
// Finding or starting the servers overlaps with the checks, which need neither.
const servicesReady = provideServices();
let services: Services = {};
// So is finding or installing the browser (it may run apt-get), unless the browser tests are skipped.
const skipE2e = process.env.SKIP_E2E === "1";
const browserReady = skipE2e ? undefined : provideBrowser();

// E2E_ONLY=1 skips typecheck, lint and Vitest: for iterating on browser tests.
const e2eOnly = process.env.E2E_ONLY === "1";

try {
  if (!e2eOnly) stages.push(await check({ name: "typecheck", command: bin({ name: "tsc" }), args: ["--noEmit"] }));
  if (!e2eOnly) stages.push(await check({ name: "lint", command: bin({ name: "eslint" }), args: ["--max-warnings", "0", "."] }));
  if (!e2eOnly) stages.push(await check({ name: "format", command: bin({ name: "prettier" }), args: ["--check", "--log-level", "warn", "."] }));

  services = await servicesReady;
  if (services.postgres) log(`PostgreSQL: ${services.postgres.description}`);
  if (services.redis) log(`Redis: ${services.redis.description}`);
  if (services.problem) console.error(`\n${services.problem}\n`);
  const adminUrl = services.postgres?.url;
  const redisUrl = services.redis?.url;
  const servicesMissing = (name: string): StageResult => ({
    name,
    kind: "tests",
    status: "failed",
    passed: 0,
    failed: 1,
    skipped: 0,
    ms: 0,
    note: "not run: PostgreSQL or Redis is missing (see above)",
  });

  if (!interrupt.signal.aborted && !e2eOnly) {
    header("vitest: vitest run");
    stages.push(adminUrl && redisUrl ? await runVitest({ adminUrl, redisUrl, scratchDir, signal: interrupt.signal }) : servicesMissing("vitest"));
  }

  if (skipE2e) {
    log("e2e: skipped because SKIP_E2E=1");
    stages.push({ name: "e2e", kind: "tests", status: "skipped", passed: 0, failed: 0, skipped: 0, ms: 0, note: "SKIP_E2E=1" });
  } else if (!interrupt.signal.aborted) {
    header("e2e: build, start web + worker, playwright test");
    const browser = await browserReady;
    if (browser?.ok) log(`e2e: browser: ${browser.description}`);
    if (!browser?.ok) {
      console.error(`\n${browser?.problem}\n`);
      stages.push({ name: "e2e", kind: "tests", status: "failed", passed: 0, failed: 1, skipped: 0, ms: 0, note: "not run: no browser (see above)" });
    } else if (!adminUrl || !redisUrl) {
      stages.push(servicesMissing("e2e"));
    } else {
      stages.push(await runE2e({ adminUrl, redisUrl, scratchDir, browserPath: browser.executablePath, signal: interrupt.signal }));
    }
  }
} catch (error) {
  console.error(error);
  stages.push({ name: "launcher", kind: "check", status: "failed", passed: 0, failed: 1, skipped: 0, ms: 0, note: "npm test itself failed (see above)" });
} finally {
  services = { ...services, ...(await servicesReady) };
  await services.redis?.stop().catch((error: unknown) => log(`Could not stop Redis: ${String(error)}`));
  await services.postgres?.stop().catch((error: unknown) => log(`Could not stop PostgreSQL: ${String(error)}`));
  await rm(scratchDir, { recursive: true, force: true }).catch(() => {});
}

if (interrupt.signal.aborted) {
  stages.push({ name: "(interrupted)", kind: "check", status: "failed", passed: 0, failed: 1, skipped: 0, ms: 0, note: "later stages were not run" });
}
for (const line of formatSummary({ stages })) console.log(line.startsWith("Summary") ? `${line} (${((Date.now() - began) / 1000).toFixed(0)} s in all)` : line);
const failed = stages.reduce((sum, stage) => sum + stage.failed, 0);
process.exit(interrupt.signal.aborted ? 130 : failed > 0 ? 1 : 0);

async function check({ name, command, args }: { name: string; command: string; args: string[] }): Promise<StageResult> {
  if (interrupt.signal.aborted) return { name, kind: "check", status: "skipped", passed: 0, failed: 0, skipped: 0, ms: 0, note: "interrupted" };
  header(`${name}: ${path.basename(command)} ${args.join(" ")}`);
  const { status, ms } = await runCommand({ command, args, signal: interrupt.signal });
  const ok = status.code === 0;
  return { name, kind: "check", status: ok ? "passed" : "failed", passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ms };
}

async function provideServices(): Promise<Services> {
  const found: Services = {};
  try {
    found.postgres = await providePostgres({ purpose: "test", scratchDir });
    found.redis = await provideRedis({ purpose: "test", scratchDir });
  } catch (error) {
    found.problem = error instanceof LauncherError ? error.message : String(error instanceof Error ? error.stack : error);
  }
  return found;
}

function header(title: string): void {
  console.log("");
  log(`── ${title}`);
}
