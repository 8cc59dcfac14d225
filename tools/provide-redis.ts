// Finds or starts Redis for `npm start`/`npm run dev` ("app") or `npm test` ("test"): REDIS_URL,
// else redis://127.0.0.1:6379 if it answers, else a redis-server from PATH, else a clear message.
import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/database/project-root";
import { findExecutable } from "@/tools/find-executable";
import { LauncherError } from "@/tools/launcher-error";
import { redactUrl } from "@/tools/redact-url";
import { redisAnswers } from "@/tools/redis-answers";
import { skipLocalServices } from "@/tools/skip-local-services";
import { startRedisServer } from "@/tools/start-redis-server";

export type ProvidedRedis = { url: string; description: string; stop(): Promise<void> };

const LOCAL_URL = "redis://127.0.0.1:6379";
const nothingToStop = async () => {};

export async function provideRedis(options: { purpose: "app" } | { purpose: "test"; scratchDir: string }): Promise<ProvidedRedis> {
  const given = process.env.REDIS_URL;
  if (given) {
    const answer = await redisAnswers({ url: given, timeoutMs: 3_000 });
    if (!answer.ok) {
      throw new LauncherError(
        `Redis at REDIS_URL (${redactUrl({ url: given })}) did not answer PING: ${answer.reason}.\n` +
          "Check that Redis is running there and the URL (and password) is right, or unset REDIS_URL to let Conduit use or start a local Redis.",
      );
    }
    return { url: given, description: `REDIS_URL (${redactUrl({ url: given })})`, stop: nothingToStop };
  }

  if (!skipLocalServices() && (await redisAnswers({ url: LOCAL_URL })).ok) {
    return { url: LOCAL_URL, description: "local server on 127.0.0.1:6379", stop: nothingToStop };
  }

  const executable = findExecutable({ name: "redis-server" });
  if (!executable) {
    throw new LauncherError(
      "Conduit needs Redis, and none was found: REDIS_URL is not set, nothing answers on 127.0.0.1:6379, and there is no redis-server on PATH.\n" +
        "Get one of these and run the command again:\n" +
        dockerHint() +
        "  - Debian/Ubuntu:  sudo apt-get install redis-server\n" +
        "  - macOS:  brew install redis\n" +
        "  - or set REDIS_URL to a Redis you already have (redis://[:password@]host:6379)",
    );
  }

  if (options.purpose === "test") {
    const server = await startRedisServer({
      executable,
      dir: path.join(options.scratchDir, "redis"),
      logFile: path.join(options.scratchDir, "redis.log"),
      durable: false,
    });
    return { url: server.url, description: `redis-server (temporary) on port ${server.port}`, stop: server.stop };
  }

  const dataRoot = path.join(projectRoot(), ".data");
  const server = await startRedisServer({
    executable,
    dir: path.join(dataRoot, "redis"),
    logFile: path.join(dataRoot, "redis.log"),
    durable: true,
  });
  return { url: server.url, description: `redis-server (.data/redis) on port ${server.port}${server.note ? `, ${server.note}` : ""}`, stop: server.stop };
}

/** docker-compose.yml requires AUTH_SECRET and ENCRYPTION_KEYS for every command, even `up -d redis`. */
function dockerHint(): string {
  return existsSync(path.join(projectRoot(), ".env.local"))
    ? "  - Docker:  docker compose --env-file .env.local up -d redis   (Redis on 127.0.0.1:6379; .env.local holds the secrets the compose file asks for)\n"
    : "  - Docker:  docker compose up -d redis   (Redis on 127.0.0.1:6379; the compose file asks for AUTH_SECRET and ENCRYPTION_KEYS, see README)\n";
}
