// Which Chromium the browser tests use, tried in this order: Playwright's own (the version it was
// made for), a Playwright download, a system Chromium or Chrome, Debian's package through apt-get.
// A browser counts only once it has started (missing system libraries show up there, not on disk).
// The probes are passed in so each missing source can be tested without touching the machine.

export type BrowserSource = "playwright" | "download" | "system" | "apt";

export interface BrowserProbes {
  /** Where Playwright's own Chromium is (or would be) installed. */
  playwrightChromium(): string;
  exists(file: string): boolean;
  /** `npx playwright install chromium`; resolves with why it failed, or undefined when it worked. */
  download(): Promise<string | undefined>;
  /** The first of the system browsers that is installed. */
  systemBrowser(): string | undefined;
  /** Why apt-get cannot install a browser here (not Debian/Ubuntu, not root), or undefined when it can. */
  aptUnavailable(): string | undefined;
  /** `apt-get install chromium`; resolves with why it failed, or undefined when it worked. */
  aptInstall(): Promise<string | undefined>;
  /** Starts and closes the browser (undefined: Playwright's own); resolves with why it did not start. */
  launch(executablePath: string | undefined): Promise<string | undefined>;
}

export type BrowserChoice =
  /** executablePath undefined: Playwright's own browser, which it finds by itself. */
  { ok: true; source: BrowserSource; executablePath?: string; description: string } | { ok: false; problem: string };

type Found = Extract<BrowserChoice, { ok: true }>;

export const SYSTEM_BROWSERS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export async function chooseBrowser({ probes, log }: { probes: BrowserProbes; log: (line: string) => void }): Promise<BrowserChoice> {
  const reasons: string[] = [];
  const started = async (found: Found): Promise<Found | undefined> => {
    const failure = await probes.launch(found.executablePath);
    if (failure === undefined) return found;
    reasons.push(`${found.description} did not start: ${failure}`);
    return undefined;
  };

  const bundled = probes.playwrightChromium();
  if (probes.exists(bundled)) {
    const found = await started({ ok: true, source: "playwright", description: `Playwright's Chromium (${bundled})` });
    if (found) return found;
  } else {
    log("browser: Playwright's Chromium is not installed; trying `npx playwright install chromium`…");
    const downloadFailure = await probes.download();
    if (downloadFailure === undefined && probes.exists(bundled)) {
      const found = await started({ ok: true, source: "download", description: `Playwright's Chromium, just downloaded (${bundled})` });
      if (found) return found;
    } else {
      reasons.push(`Playwright's own Chromium is not installed, and the download failed: ${downloadFailure ?? "it finished but the browser is still missing"}`);
    }
  }

  const system = probes.systemBrowser();
  if (system) {
    const found = await started({ ok: true, source: "system", executablePath: system, description: `system browser ${system}` });
    if (found) return found;
  } else {
    reasons.push(`no system browser on PATH (${SYSTEM_BROWSERS.join(", ")})`);
  }

  const whyNoApt = probes.aptUnavailable();
  if (whyNoApt !== undefined) {
    reasons.push(`apt-get cannot be used: ${whyNoApt}`);
    return { ok: false, problem: problem(reasons) };
  }
  log("browser: installing Debian's chromium package (apt-get install chromium)…");
  const aptFailure = await probes.aptInstall();
  const installed = probes.systemBrowser();
  if (aptFailure === undefined && installed) {
    const found = await started({ ok: true, source: "apt", executablePath: installed, description: `${installed}, just installed with apt-get` });
    if (found) return found;
  } else {
    reasons.push(`apt-get install chromium failed: ${aptFailure ?? "no browser appeared"}`);
  }
  return { ok: false, problem: problem(reasons) };
}

function problem(reasons: string[]): string {
  return (
    "The browser tests need Chromium, and none could be found, installed or started:\n" +
    reasons.map((reason) => `  - ${reason};\n`).join("") +
    "Install one of them, then run `npm test` again:\n" +
    "  npx playwright install --with-deps chromium     (needs internet access)\n" +
    "  sudo apt-get install chromium                   (Debian, Ubuntu)\n" +
    "Or run everything but the browser tests with SKIP_E2E=1 npm test."
  );
}
