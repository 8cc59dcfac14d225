// AUTH_SECRET and ENCRYPTION_KEYS for running on one's own machine: the environment wins; otherwise
// they come from .env.local (git-ignored), which is written once with fresh values and then reused.
import { existsSync, readFileSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "@/lib/database/project-root";
import { generateSecrets, type Secrets } from "@/tools/generate-secrets";
import { parseEnvFile } from "@/tools/parse-env-file";

const NAMES = ["AUTH_SECRET", "ENCRYPTION_KEYS"] as const;
type Name = (typeof NAMES)[number];

export type LocalSecrets = Secrets & { fromFile: Name[]; generated: Name[] };

export async function localSecrets({ env }: { env: NodeJS.ProcessEnv }): Promise<LocalSecrets> {
  const file = path.join(projectRoot(), ".env.local");
  const stored = existsSync(file) ? parseEnvFile(readFileSync(file, "utf8")) : {};
  const fresh = generateSecrets();
  const secrets = { ...fresh };
  const fromFile: Name[] = [];
  const generated: Name[] = [];
  for (const name of NAMES) {
    if (env[name]) secrets[name] = env[name];
    else if (stored[name]) {
      secrets[name] = stored[name];
      fromFile.push(name);
    } else generated.push(name);
  }
  if (generated.length > 0) {
    const header = existsSync(file) ? "" : "# Local settings for npm start / npm run dev. Kept out of git; never commit or share.\n";
    const lines = generated.map((name) => `${name}=${fresh[name]}\n`).join("");
    // Encryption keys are the only way back to the stored secrets: losing this file loses them.
    await appendFile(file, `${header}# Generated ${new Date().toISOString()}; back this file up.\n${lines}`, { mode: 0o600 });
  }
  return { ...secrets, fromFile, generated };
}
