// Finds or gets the Chromium for `npm test`'s browser tests (order and reasons: choose-browser.ts),
// with the real probes: the file system, PATH, Playwright's installer and apt-get.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { bin } from "@/tools/bin";
import { chooseBrowser, SYSTEM_BROWSERS, type BrowserChoice, type BrowserProbes } from "@/tools/choose-browser";
import { CHROMIUM_LAUNCH_ARGS } from "@/tools/chromium-launch-args";
import { findExecutable } from "@/tools/find-executable";
import { log } from "@/tools/log";
import { trackChild } from "@/tools/track-child";
import { waitForExit } from "@/tools/wait-for-exit";

const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
const APT_TIMEOUT_MS = 15 * 60_000;

export function provideBrowser(): Promise<BrowserChoice> {
  return chooseBrowser({ probes: realProbes, log });
}

const realProbes: BrowserProbes = {
  playwrightChromium: () => chromium.executablePath(),
  exists: (file) => existsSync(file),
  download: () => quietly({ command: bin({ name: "playwright" }), args: ["install", "chromium"], timeoutMs: DOWNLOAD_TIMEOUT_MS }),
  systemBrowser: () => SYSTEM_BROWSERS.map((name) => findExecutable({ name })).find((found) => found !== undefined),
  aptUnavailable: () => {
    if (!findExecutable({ name: "apt-get" })) return "there is no apt-get (not Debian or Ubuntu)";
    if (process.getuid?.() !== 0 && !canSudo())
      return "npm test is neither root nor allowed to sudo without a password (run `sudo apt-get install chromium` yourself)";
    return undefined;
  },
  aptInstall: async () => {
    const install = asRoot({ command: "apt-get", args: ["install", "-y", "-qq", "--no-install-recommends", "chromium"] });
    if ((await quietly({ ...install, timeoutMs: APT_TIMEOUT_MS })) === undefined) return undefined;
    // A new machine often has no package lists yet.
    log("browser: apt-get install failed; running apt-get update and trying again…");
    const updateFailure = await quietly({ ...asRoot({ command: "apt-get", args: ["update", "-qq"] }), timeoutMs: APT_TIMEOUT_MS });
    if (updateFailure !== undefined) return `apt-get update failed: ${updateFailure}`;
    return quietly({ ...install, timeoutMs: APT_TIMEOUT_MS });
  },
  launch: async (executablePath) => {
    try {
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_LAUNCH_ARGS, timeout: 60_000 });
      await browser.close();
      return undefined;
    } catch (error) {
      return (error instanceof Error ? error.message : String(error)).split("\n")[0];
    }
  },
};

function canSudo(): boolean {
  return findExecutable({ name: "sudo" }) !== undefined && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
}

/** The command as root: itself when this is root, else through sudo (which aptUnavailable checked). */
function asRoot({ command, args }: { command: string; args: string[] }): { command: string; args: string[] } {
  return process.getuid?.() === 0 ? { command, args } : { command: "sudo", args: ["-n", "env", "DEBIAN_FRONTEND=noninteractive", command, ...args] };
}

/** Runs a command with its output kept back; resolves with its last lines when it fails. */
async function quietly({ command, args, timeoutMs }: { command: string; args: string[]; timeoutMs: number }): Promise<string | undefined> {
  const child = trackChild(
    spawn(command, args, { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }, stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs }),
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("error", (error) => keep(Buffer.from(error.message)));
  const status = await waitForExit({ child });
  if (status.code === 0) return undefined;
  const lastLines = output.trim().split("\n").slice(-3).join(" / ").trim();
  return `${command} ${args.join(" ")} exited with ${status.code ?? status.signal}${lastLines ? ` (${lastLines})` : ""}`;
}
