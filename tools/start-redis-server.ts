import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Redis } from "ioredis";
import { freePort } from "@/tools/free-port";
import { LauncherError } from "@/tools/launcher-error";
import { ownedByLiveLauncher } from "@/tools/owned-by-live-launcher";
import { processAlive } from "@/tools/process-alive";
import { redisAnswers } from "@/tools/redis-answers";
import { stopChild } from "@/tools/stop-child";
import { trackChild } from "@/tools/track-child";

export type RunningRedis = { url: string; port: number; note?: string; stop(): Promise<void> };

const READY_TIMEOUT_MS = 10_000;
/** Which server holds `dir`, so a server left running by a killed launcher is found again. */
const STATE_FILE = "launcher-server.json";

/** Starts `redis-server` on a free port with its files in `dir`; resolves once it answers PING. */
export async function startRedisServer({
  executable,
  dir,
  logFile,
  durable,
}: {
  executable: string;
  dir: string;
  logFile: string;
  /** true: append-only file on (data kept across restarts); false: nothing written to disk. */
  durable: boolean;
}): Promise<RunningRedis> {
  const absoluteDir = path.resolve(dir);
  await mkdir(absoluteDir, { recursive: true });
  const adopted = await adoptRunningServer({ dir: absoluteDir });
  if (adopted) return adopted;

  const port = await freePort({ preferred: 63799 });
  const log = openSync(logFile, "a");
  const child = trackChild(
    spawn(
      executable,
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", absoluteDir, "--appendonly", durable ? "yes" : "no", "--save", "", "--daemonize", "no"],
      { stdio: ["ignore", log, log] },
    ),
  );
  closeSync(log);
  let spawnError: Error | undefined;
  child.on("error", (error) => {
    spawnError = error;
  });

  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (spawnError || child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stopChild({ child, timeoutMs: 2_000 });
      const tail = readFileSync(logFile, "utf8")
        .trim()
        .split("\n")
        .slice(-15)
        .map((line) => `    ${line}`)
        .join("\n");
      throw new LauncherError(`redis-server (${executable}) did not start${spawnError ? `: ${spawnError.message}` : ""}. Last lines of ${logFile}:\n${tail}`);
    }
    if ((await redisAnswers({ url, timeoutMs: 500 })).ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const stateFile = path.join(absoluteDir, STATE_FILE);
  if (child.pid !== undefined) writeFileSync(stateFile, JSON.stringify({ pid: child.pid, port }));
  return {
    url,
    port,
    // SIGTERM makes redis-server flush its append-only file and exit.
    stop: async () => {
      await stopChild({ child, signal: "SIGTERM", timeoutMs: 10_000 });
      rmSync(stateFile, { force: true });
    },
  };
}

/** Two servers must never share one append-only file: reuse a live server that already holds `dir`. */
async function adoptRunningServer({ dir }: { dir: string }): Promise<RunningRedis | undefined> {
  const stateFile = path.join(dir, STATE_FILE);
  let state: { pid: number; port: number };
  try {
    state = JSON.parse(readFileSync(stateFile, "utf8")) as { pid: number; port: number };
  } catch {
    return undefined;
  }
  if (!processAlive({ pid: state.pid })) {
    rmSync(stateFile, { force: true });
    return undefined;
  }
  const url = `redis://127.0.0.1:${state.port}`;
  if ((await serverDir({ url })) !== dir) {
    throw new LauncherError(
      `${stateFile} says redis-server pid ${state.pid} uses ${dir}, and that process is alive but does not answer as that server on port ${state.port}. ` +
        `If it is not a redis-server, delete ${stateFile}; otherwise stop it first.`,
    );
  }
  const owned = ownedByLiveLauncher({ pid: state.pid });
  return {
    url,
    port: state.port,
    note: owned
      ? `already running (pid ${state.pid}, started by another Conduit launcher; left running)`
      : `already running (pid ${state.pid}, left over from an earlier run; stopped on exit)`,
    stop: async () => {
      if (owned) return;
      process.kill(state.pid, "SIGTERM");
      const deadline = Date.now() + 10_000;
      while (processAlive({ pid: state.pid }) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      rmSync(stateFile, { force: true });
    },
  };
}

async function serverDir({ url }: { url: string }): Promise<string | undefined> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on("error", () => {});
  try {
    await redis.connect();
    const reply = (await redis.config("GET", "dir")) as string[];
    return reply[1];
  } catch {
    return undefined;
  } finally {
    redis.disconnect();
  }
}
