import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDependenciesVerdict } from "@/tools/audit-dependencies-verdict";

const sample = (name: string) => readFileSync(new URL(`./audit-dependencies-samples/${name}.json`, import.meta.url), "utf8");

describe("auditDependenciesVerdict", () => {
  it("fails on high and critical findings, listing package, severity, advisory and fix", () => {
    const verdict = auditDependenciesVerdict({ stdout: sample("high-and-critical"), required: false });
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines.map((line) => line.text)).toEqual([
      "npm audit: 3 production dependencies have high or critical vulnerabilities (1 low or moderate finding; see `npm audit --omit=dev`):",
      "  next (critical): Authorization Bypass in Next.js Middleware (https://github.com/advisories/GHSA-f82v-jwr5-mffw); fix: npm install next@15.2.3",
      "  cross-spawn (high): Regular Expression Denial of Service (ReDoS) in cross-spawn (https://github.com/advisories/GHSA-3xgq-45jj-v275); fix: npm audit fix --omit=dev",
      "  execa (high): through cross-spawn; fix: npm audit fix --omit=dev",
    ]);
    expect(verdict.lines.every((line) => line.level === "error")).toBe(true);
  });

  it("passes with moderate findings only, and says they exist", () => {
    expect(auditDependenciesVerdict({ stdout: sample("moderate-only"), required: true })).toEqual({
      exitCode: 0,
      lines: [
        {
          level: "info",
          text: "npm audit: no high or critical vulnerabilities in the production dependencies (1 low or moderate finding; see `npm audit --omit=dev`).",
        },
      ],
    });
  });

  it("passes a clean report", () => {
    expect(auditDependenciesVerdict({ stdout: sample("clean"), required: true }).exitCode).toBe(0);
  });

  it("warns, and passes, when the registry does not serve audits (recorded from this machine's mirror)", () => {
    const verdict = auditDependenciesVerdict({ stdout: sample("endpoint-405"), required: false });
    expect(verdict.exitCode).toBe(0);
    expect(verdict.lines).toEqual([
      {
        level: "warn",
        text:
          "npm audit could not run, so the production dependencies were NOT checked for known vulnerabilities: the registry answered " +
          '"405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk". Run `npm run audit` where the npm registry ' +
          "serves its audit endpoint (registry.npmjs.org does; some mirrors answer 405), or set AUDIT_REQUIRED=1 to make this an error.",
      },
    ]);
  });

  it("fails when the audit could not run and AUDIT_REQUIRED=1", () => {
    const verdict = auditDependenciesVerdict({ stdout: sample("endpoint-405"), required: true });
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines[0]).toMatchObject({ level: "error", text: expect.stringContaining("were NOT checked") });
  });

  it.each([
    ["no output", "", "npm printed no JSON report (no output)"],
    ["a network error", "spawnSync npm ETIMEDOUT", "npm printed no JSON report (spawnSync npm ETIMEDOUT)"],
    ["an old report format", JSON.stringify({ advisories: {}, metadata: {} }), `the registry answered "npm's answer was not an audit report"`],
  ])("treats %s as an audit that could not run", (_label, stdout, reason) => {
    const verdict = auditDependenciesVerdict({ stdout, required: false });
    expect(verdict.exitCode).toBe(0);
    expect(verdict.lines[0]?.text).toContain(reason);
  });
});
