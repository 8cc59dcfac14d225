// Reads `npm audit --omit=dev --json` output (npm 7+ report format) and decides: high and critical
// findings fail; an audit that could not run only warns, unless the audit is required.

type Via = string | { title?: string; url?: string; severity?: string };
interface Vulnerability {
  name?: string;
  severity?: string;
  via?: Via[];
  fixAvailable?: boolean | { name?: string; version?: string; isSemVerMajor?: boolean };
}

export interface AuditVerdict {
  exitCode: 0 | 1;
  /** What to print, in order; `error` lines go to stderr. */
  lines: { level: "info" | "warn" | "error"; text: string }[];
}

const BLOCKING = new Set(["high", "critical"]);

function fixOf(vulnerability: Vulnerability): string {
  const fix = vulnerability.fixAvailable;
  if (fix === true) return "fix: npm audit fix --omit=dev";
  if (fix && typeof fix === "object" && fix.name) {
    return `fix: npm install ${fix.name}@${fix.version ?? "latest"}${fix.isSemVerMajor ? " (a major upgrade: check its changelog)" : ""}`;
  }
  return "fix: none released yet; remove or replace the package, or follow the advisory";
}

function advisoriesOf(vulnerability: Vulnerability): string {
  const titles = (vulnerability.via ?? []).map((via) =>
    typeof via === "string" ? `through ${via}` : `${via.title ?? "untitled advisory"}${via.url ? ` (${via.url})` : ""}`,
  );
  return titles.length > 0 ? [...new Set(titles)].join("; ") : "no advisory details";
}

function unavailable(reason: string, required: boolean): AuditVerdict {
  const text =
    `npm audit could not run, so the production dependencies were NOT checked for known vulnerabilities: ${reason}. ` +
    "Run `npm run audit` where the npm registry serves its audit endpoint (registry.npmjs.org does; some mirrors answer 405)" +
    (required ? "." : ", or set AUDIT_REQUIRED=1 to make this an error.");
  return { exitCode: required ? 1 : 0, lines: [{ level: required ? "error" : "warn", text }] };
}

export function auditDependenciesVerdict({ stdout, required }: { stdout: string; required: boolean }): AuditVerdict {
  let report: { auditReportVersion?: number; vulnerabilities?: Record<string, Vulnerability>; message?: string; error?: { summary?: string } };
  try {
    report = JSON.parse(stdout);
  } catch {
    return unavailable(`npm printed no JSON report (${stdout.trim().slice(0, 200) || "no output"})`, required);
  }
  if (report.auditReportVersion !== 2 || !report.vulnerabilities) {
    const reason = report.message || report.error?.summary || "npm's answer was not an audit report";
    return unavailable(`the registry answered "${reason}"`, required);
  }

  const all = Object.entries(report.vulnerabilities).map(([name, vulnerability]) => ({ ...vulnerability, name: vulnerability.name ?? name }));
  const blocking = all.filter((vulnerability) => BLOCKING.has(vulnerability.severity ?? ""));
  const others = all.length - blocking.length;
  const othersNote = others > 0 ? ` (${others} low or moderate finding${others === 1 ? "" : "s"}; see \`npm audit --omit=dev\`)` : "";
  if (blocking.length === 0) {
    return { exitCode: 0, lines: [{ level: "info", text: `npm audit: no high or critical vulnerabilities in the production dependencies${othersNote}.` }] };
  }
  return {
    exitCode: 1,
    lines: [
      {
        level: "error",
        text: `npm audit: ${blocking.length} production dependenc${blocking.length === 1 ? "y has" : "ies have"} high or critical vulnerabilities${othersNote}:`,
      },
      ...blocking
        .sort((a, b) => (a.severity === b.severity ? a.name.localeCompare(b.name) : a.severity === "critical" ? -1 : 1))
        .map((vulnerability) => ({
          level: "error" as const,
          text: `  ${vulnerability.name} (${vulnerability.severity}): ${advisoriesOf(vulnerability)}; ${fixOf(vulnerability)}`,
        })),
    ],
  };
}
