import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { freePort } from "@/lib/launcher/free-port";
import { LauncherError } from "@/lib/launcher/launcher-error";
import { redisAnswers } from "@/lib/launcher/redis-answers";
import { stopChild } from "@/lib/launcher/stop-child";
import { trackChild } from "@/lib/launcher/track-child";

export type RunningRedis = { url: string; port: number; stop(): Promise<void> };

const READY_TIMEOUT_MS = 10_000;

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
  await mkdir(dir, { recursive: true });
  const port = await freePort({ preferred: 63799 });
  const log = openSync(logFile, "a");
  const child = trackChild(
    spawn(
      executable,
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", path.resolve(dir), "--appendonly", durable ? "yes" : "no", "--save", "", "--daemonize", "no"],
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
      const tail = readFileSync(logFile, "utf8").trim().split("\n").slice(-15).map((line) => `    ${line}`).join("\n");
      throw new LauncherError(`redis-server (${executable}) did not start${spawnError ? `: ${spawnError.message}` : ""}. Last lines of ${logFile}:\n${tail}`);
    }
    if ((await redisAnswers({ url, timeoutMs: 500 })).ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    port,
    // SIGTERM makes redis-server flush its append-only file and exit.
    stop: async () => {
      await stopChild({ child, signal: "SIGTERM", timeoutMs: 10_000 });
    },
  };
}
