import type { Translate } from "@/lib/i18n/translator";

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\/|Chromium\//, "Chrome"],
  [/Version\/[\d.]+.*Safari\//, "Safari"],
  [/^curl\//, "curl"],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

/** "Firefox on Linux" (in `t`'s language): enough for people to recognise their devices in the session list. */
export function describeUserAgent({ userAgent, t }: { userAgent: string | null | undefined; t: Translate }): string {
  if (!userAgent) return t("account.sessions.unknownDevice");
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return t("account.sessions.browserOnSystem", { browser, system });
  return browser ?? (system ? t("account.sessions.anyBrowserOnSystem", { system }) : t("account.sessions.unknownBrowser"));
}
