// `npm start | test | dev`, `npm run bench | demo` enter here. Plain Node with no dependencies, because it runs before
// node_modules exists: it installs what is missing, then hands over to tools/<command>.ts.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const COMMANDS = ["start", "test", "dev", "bench", "demo"];
const MINIMUM_NODE = [20, 19];

const root = fileURLToPath(new URL("../", import.meta.url));
const [command, ...rest] = process.argv.slice(2);

if (!COMMANDS.includes(command ?? "")) {
  console.error(`Usage: node tools/bootstrap.mjs <${COMMANDS.join(" | ")}>`);
  process.exit(2);
}

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor < MINIMUM_NODE[1])) {
  console.error(
    `Conduit needs Node.js ${MINIMUM_NODE.join(".")} or newer; this is v${process.versions.node}.\n` +
      "Install Node.js 22 LTS (https://nodejs.org, or `nvm install 22`) and run the command again.",
  );
  process.exit(1);
}

const at = (relative) => path.join(root, relative);
const mtime = (relative) => (existsSync(at(relative)) ? statSync(at(relative)).mtimeMs : undefined);

// npm writes node_modules/.package-lock.json on every install, so it is older than package-lock.json
// exactly when the lock file changed since the last install (e.g. after a git pull).
const installedAt = mtime("node_modules/.package-lock.json");
const lockedAt = mtime("package-lock.json");
if (!existsSync(at("node_modules")) || installedAt === undefined || (lockedAt !== undefined && lockedAt > installedAt)) {
  console.log("[conduit] Installing dependencies (npm ci); this also generates the Prisma client…");
  run(npmCommand(), "npm ci");
}

const clientAt = mtime("lib/generated/prisma/client.ts");
const schemaAt = mtime("prisma/schema.prisma");
if (clientAt === undefined || (schemaAt !== undefined && schemaAt > clientAt)) {
  console.log("[conduit] Generating the Prisma client…");
  run([process.execPath, "prisma/generate-client.mjs"], "Prisma client generation");
}

const child = spawn(process.execPath, ["--import", "tsx", `tools/${command}.ts`, ...rest], { cwd: root, stdio: "inherit" });

// A terminal Ctrl-C reaches the whole process group anyway; forwarding covers signals sent to this
// process alone (process managers, CI timeouts). The launcher ignores a repeated signal.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on("exit", (code, signal) => {
  process.exit(code ?? 128 + (signal ? constants.signals[signal] : 1));
});

function npmCommand() {
  // Under `npm start`, npm tells us which npm it is; otherwise use the one on PATH.
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return [process.execPath, npmCli, "ci"];
  return [process.platform === "win32" ? "npm.cmd" : "npm", "ci"];
}

function run([file, ...args], what) {
  const result = spawnSync(file, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.error) {
    console.error(`[conduit] ${what} could not start: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`[conduit] ${what} failed (exit ${result.status ?? result.signal}); fix the error above and run the command again.`);
    process.exit(result.status || 1);
  }
}
