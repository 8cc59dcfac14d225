import { expect, test } from "vitest";
import { chooseBrowser, type BrowserProbes } from "@/tools/choose-browser";

const BUNDLED = "/cache/ms-playwright/chromium-1255/chrome-linux/chrome";

/** A machine described by which sources it has; records which probes ran. */
function machine({
  bundled = false,
  downloadWorks = false,
  system,
  apt = "works",
  broken = [],
}: {
  bundled?: boolean;
  downloadWorks?: boolean;
  system?: string;
  apt?: "works" | "fails" | "unavailable";
  /** Browsers installed but unable to start ("bundled" for Playwright's own). */
  broken?: readonly string[];
}) {
  const calls: string[] = [];
  let hasBundled = bundled;
  let systemBrowser = system;
  const probes: BrowserProbes = {
    playwrightChromium: () => BUNDLED,
    exists: (file) => file === BUNDLED && hasBundled,
    download: async () => {
      calls.push("download");
      if (!downloadWorks) return "getaddrinfo ENOTFOUND cdn.playwright.dev";
      hasBundled = true;
      return undefined;
    },
    systemBrowser: () => systemBrowser,
    aptUnavailable: () => (apt === "unavailable" ? "there is no apt-get (not Debian or Ubuntu)" : undefined),
    aptInstall: async () => {
      calls.push("apt");
      if (apt === "fails") return "E: Unable to locate package chromium";
      systemBrowser = "/usr/bin/chromium";
      return undefined;
    },
    launch: async (executablePath) => {
      calls.push(`launch ${executablePath ?? "bundled"}`);
      return broken.includes(executablePath ?? "bundled") ? "error while loading shared libraries: libnss3.so" : undefined;
    },
  };
  const logged: string[] = [];
  return { probes, calls, logged, log: (line: string) => logged.push(line) };
}

test.each([
  {
    name: "Playwright's Chromium installed",
    given: { bundled: true, system: "/usr/bin/chromium" },
    source: "playwright",
    executablePath: undefined,
    calls: ["launch bundled"],
  },
  {
    name: "download works",
    given: { downloadWorks: true, system: "/usr/bin/chromium" },
    source: "download",
    executablePath: undefined,
    calls: ["download", "launch bundled"],
  },
  {
    name: "no download, a system Chromium",
    given: { system: "/usr/bin/chromium" },
    source: "system",
    executablePath: "/usr/bin/chromium",
    calls: ["download", "launch /usr/bin/chromium"],
  },
  {
    name: "no download, Chrome on PATH",
    given: { system: "/opt/google/chrome/google-chrome" },
    source: "system",
    executablePath: "/opt/google/chrome/google-chrome",
    calls: ["download", "launch /opt/google/chrome/google-chrome"],
  },
  {
    name: "no download, no system browser, apt-get as root",
    given: {},
    source: "apt",
    executablePath: "/usr/bin/chromium",
    calls: ["download", "apt", "launch /usr/bin/chromium"],
  },
  {
    name: "Playwright's Chromium cannot start, a system one can",
    given: { bundled: true, system: "/usr/bin/chromium", broken: ["bundled"] },
    source: "system",
    executablePath: "/usr/bin/chromium",
    calls: ["launch bundled", "launch /usr/bin/chromium"],
  },
] as const)("$name: uses the $source browser", async ({ given, source, executablePath, calls }) => {
  const m = machine(given);
  const choice = await chooseBrowser({ probes: m.probes, log: m.log });
  expect(choice).toMatchObject({ ok: true, source });
  expect(choice.ok && choice.executablePath).toBe(executablePath);
  expect(m.calls).toEqual(calls);
  if (choice.ok) expect(choice.description).toContain(executablePath ?? BUNDLED);
});

test("without any source it fails with the reasons and the commands to run", async () => {
  const m = machine({ apt: "unavailable" });
  const choice = await chooseBrowser({ probes: m.probes, log: m.log });
  expect(choice.ok).toBe(false);
  if (choice.ok) return;
  expect(choice.problem).toContain("getaddrinfo ENOTFOUND cdn.playwright.dev");
  expect(choice.problem).toContain("there is no apt-get");
  expect(choice.problem).toContain("npx playwright install --with-deps chromium");
  expect(choice.problem).toContain("sudo apt-get install chromium");
  expect(m.calls).toEqual(["download"]);
});

test("a browser that is installed but cannot start is reported with its error", async () => {
  const m = machine({ system: "/usr/bin/chromium", apt: "unavailable", broken: ["/usr/bin/chromium"] });
  const choice = await chooseBrowser({ probes: m.probes, log: m.log });
  expect(choice).toMatchObject({ ok: false });
  if (!choice.ok) expect(choice.problem).toContain("system browser /usr/bin/chromium did not start: error while loading shared libraries");
});

test("a failed apt-get install is reported, not hidden", async () => {
  const m = machine({ apt: "fails" });
  const choice = await chooseBrowser({ probes: m.probes, log: m.log });
  expect(choice).toMatchObject({ ok: false });
  if (!choice.ok) expect(choice.problem).toContain("E: Unable to locate package chromium");
  expect(m.logged.some((line) => line.includes("apt-get install chromium"))).toBe(true);
  expect(m.calls).toEqual(["download", "apt"]);
});
