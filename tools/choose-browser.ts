// Which Chromium the browser tests use, tried in this order: Playwright's own (the version it was
// made for), a Playwright download, a system Chromium or Chrome, Debian's package through apt-get.
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
}

export type BrowserChoice =
  /** executablePath undefined: Playwright's own browser, which it finds by itself. */
  | { ok: true; source: BrowserSource; executablePath?: string; description: string }
  | { ok: false; problem: string };

export const SYSTEM_BROWSERS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export async function chooseBrowser({ probes, log }: { probes: BrowserProbes; log: (line: string) => void }): Promise<BrowserChoice> {
  const bundled = probes.playwrightChromium();
  if (probes.exists(bundled)) return { ok: true, source: "playwright", description: `Playwright's Chromium (${bundled})` };

  log("browser: Playwright's Chromium is not installed; trying `npx playwright install chromium`…");
  const downloadFailure = await probes.download();
  if (downloadFailure === undefined && probes.exists(bundled)) {
    return { ok: true, source: "download", description: `Playwright's Chromium, just downloaded (${bundled})` };
  }
  const whyNoDownload = downloadFailure ?? "it finished but the browser is still missing";

  const system = probes.systemBrowser();
  if (system) return { ok: true, source: "system", executablePath: system, description: `system browser ${system}` };

  const whyNoApt = probes.aptUnavailable();
  if (whyNoApt === undefined) {
    log("browser: no system Chromium either; installing Debian's chromium package (apt-get install chromium)…");
    const aptFailure = await probes.aptInstall();
    const installed = probes.systemBrowser();
    if (aptFailure === undefined && installed) {
      return { ok: true, source: "apt", executablePath: installed, description: `${installed}, just installed with apt-get` };
    }
    return { ok: false, problem: problem([`the download failed: ${whyNoDownload}`, `apt-get install chromium failed: ${aptFailure ?? "no browser appeared"}`]) };
  }
  return { ok: false, problem: problem([`the download failed: ${whyNoDownload}`, `apt-get cannot be used: ${whyNoApt}`]) };
}

function problem(reasons: string[]): string {
  return (
    "The browser tests need Chromium, and none could be found or installed:\n" +
    `  - Playwright's own Chromium is not installed, and ${reasons[0]};\n` +
    `  - no system browser on PATH (${SYSTEM_BROWSERS.join(", ")});\n` +
    `  - ${reasons[1]}.\n` +
    "Install one of them, then run `npm test` again:\n" +
    "  npx playwright install --with-deps chromium     (needs internet access)\n" +
    "  sudo apt-get install chromium                   (Debian, Ubuntu)\n" +
    "Or run everything but the browser tests with SKIP_E2E=1 npm test."
  );
}
