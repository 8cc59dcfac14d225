// `npm run audit` (and .ci/run before npm test): fails on high or critical vulnerabilities in the
// production dependencies. When the registry does not serve audits, it warns and passes, unless
// AUDIT_REQUIRED=1.
import { spawnSync } from "node:child_process";
import { auditDependenciesVerdict } from "@/tools/audit-dependencies-verdict";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const audit = spawnSync(npm, ["audit", "--omit=dev", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
const stdout = audit.error ? "" : audit.stdout;
const verdict = auditDependenciesVerdict({ stdout: stdout || audit.error?.message || audit.stderr, required: process.env.AUDIT_REQUIRED === "1" });
for (const { level, text } of verdict.lines) {
  if (level === "info") console.log(text);
  else console.error(level === "warn" ? `warning: ${text}` : text);
}
process.exit(verdict.exitCode);
