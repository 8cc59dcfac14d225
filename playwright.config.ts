// Browser tests. `npm test` builds and starts Conduit on a scratch database and runs these
// against it (E2E_BASE_URL). To run them alone, start Conduit yourself and set E2E_BASE_URL.
import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH_ARGS } from "./tools/chromium-launch-args";

const baseURL = process.env.E2E_BASE_URL;
if (!baseURL) {
  throw new Error("E2E_BASE_URL is not set. Run the browser tests through `npm test`, or start Conduit and set E2E_BASE_URL to its URL.");
}

// `npm test` chooses the browser (tools/provide-browser.ts) and passes a system one here; run
// alone, Playwright's own Chromium is used, else Debian's.
const bundledChromium = chromium.executablePath();
const executablePath = process.env.E2E_CHROMIUM_PATH || (existsSync(bundledChromium) ? undefined : "/usr/bin/chromium");

export default defineConfig({
  testDir: "e2e",
  // Traces and screenshots of failures; a run with its own E2E_DIST_DIR (a second run on the same
  // checkout) gets its own folder, so one run never deletes another's files.
  outputDir: process.env.E2E_DIST_DIR ? `test-results-${process.env.E2E_DIST_DIR.replace(/^\.+/, "")}` : "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: CHROMIUM_LAUNCH_ARGS,
        },
      },
    },
  ],
});
