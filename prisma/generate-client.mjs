// Runs `prisma generate` (npm postinstall). Generation needs no native engine, but Prisma 7's CLI
// tries to download one at start-up unless PRISMA_SCHEMA_ENGINE_BINARY points at any executable;
// without internet access that download fails, so we point it at a harmless one.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = existsSync("/bin/false") ? "/bin/false" : process.execPath;

const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
