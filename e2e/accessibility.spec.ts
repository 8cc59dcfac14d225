// Issue 16: every page passes axe-core's WCAG 2 A and AA rules without a serious or critical
// violation, and at 390 px wide (a phone) no page scrolls sideways and the main navigation sits
// behind a Menu button that works from the keyboard. In English and in Brazilian Portuguese (the
// browser's locale picks the language): longer words must not break a layout or a label either.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./fixtures/accounts";
import { postSignedEvent, SEEDING_NEEDS, seedingUnavailable, seedPublishedZap } from "./fixtures/seeded-zaps";

const SIGNING_SECRET = `whsec_${"e2eAxeSigningSecret".repeat(2)}`;

test.skip(seedingUnavailable, SEEDING_NEEDS);

type Locale = "en" | "pt-BR";

/** What the spec finds the pages by, in each language. */
const WORDS = {
  en: {
    succeeded: "Succeeded",
    useTemplate: "Use template: Payment failed → track payment_failed",
    zapName: "Zap name",
    fromTemplate: "From a template",
    saved: "All changes saved",
    connectCustomerio: "Connect Customer.io",
    account: "Account",
    menu: "Menu",
    mainNav: "Main",
    runs: "Runs",
    connections: "Connections",
  },
  "pt-BR": {
    succeeded: "Concluída",
    useTemplate: "Usar modelo: Pagamento falhou → rastrear payment_failed",
    zapName: "Nome do zap",
    fromTemplate: "De um modelo",
    saved: "Todas as alterações salvas",
    connectCustomerio: "Conectar Customer.io",
    account: "Conta",
    menu: "Menu",
    mainNav: "Principal",
    runs: "Execuções",
    connections: "Integrações",
  },
} satisfies Record<Locale, Record<string, string>>;

/** The serious and critical WCAG 2 A/AA violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Waits until the builder is interactive (hydrated), without changing the draft: opening a section is no change. */
async function builderReady(page: Page) {
  const toggle = page.getByTestId("trigger-step").locator("button[aria-expanded]").first();
  const before = (await toggle.getAttribute("aria-expanded")) ?? "";
  await expect(async () => {
    if ((await toggle.getAttribute("aria-expanded")) === before) await toggle.click();
    await expect(toggle).not.toHaveAttribute("aria-expanded", before, { timeout: 1_000 });
  }).toPass();
}

/** A signed-up user with both apps connected, a published zap with one run, and a zap made from a template. */
async function seedAccount(page: Page, { baseURL, label, locale }: { baseURL: string; label: string; locale: Locale }) {
  const words = WORDS[locale];
  const email = await signUp(page, { label });
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  const zap = seedPublishedZap({ email, name: "Cancellation to Customer.io", personId: "{{trigger.customer}}", signingSecret: SIGNING_SECRET });
  await postSignedEvent({ baseURL, connectionId: zap.stripeId, signingSecret: SIGNING_SECRET });
  await page.goto("/runs");
  const row = page.getByRole("row").filter({ hasText: "Cancellation to Customer.io" });
  await expect(row.getByText(words.succeeded)).toBeVisible();
  await row.getByRole("link", { name: "Cancellation to Customer.io" }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  const runUrl = new URL(page.url()).pathname;

  await page.goto("/templates");
  await page.getByRole("link", { name: words.useTemplate }).click();
  await builderReady(page);
  await page.getByLabel(words.zapName).fill(words.fromTemplate);
  await expect(page).toHaveURL(/\/zaps\/[0-9a-f-]{36}$/);
  await expect(page.getByText(words.saved)).toBeVisible();
  const templateZapUrl = new URL(page.url()).pathname;
  return { zapUrl: `/zaps/${zap.zapId}`, templateZapUrl, runUrl };
}

for (const locale of ["en", "pt-BR"] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    const words = WORDS[locale];

    test("every page has no serious or critical accessibility violations", async ({ page, baseURL }) => {
      test.setTimeout(180_000);
      const found: string[] = [];
      const check = async (name: string) => {
        for (const line of await seriousViolations(page)) found.push(`${name}: ${line}`);
      };

      for (const path of ["/sign-in", "/sign-up", "/forgot-password"]) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await check(path);
      }

      const { zapUrl, templateZapUrl, runUrl } = await seedAccount(page, { baseURL: baseURL ?? "", label: "axe", locale });
      const pages: [string, string][] = [
        ["zaps list", "/zaps"],
        ["new zap wizard", "/zaps/new"],
        ["builder", zapUrl],
        ["builder of a template's zap", templateZapUrl],
        ["zap versions", `${zapUrl}/versions`],
        ["import past events", `${zapUrl}/import`],
        ["runs list", "/runs"],
        ["run page", runUrl],
        ["connections", "/connections"],
        ["apps", "/apps"],
        ["templates", "/templates"],
        ["account", "/account"],
      ];
      for (const [name, path] of pages) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await check(name);
      }

      // Open parts: the builder with its trigger open, the Connect dialog, the account menu.
      await page.goto(zapUrl);
      await builderReady(page);
      await check("builder, trigger open");
      await page.goto("/connections");
      await page.getByRole("button", { name: words.connectCustomerio }).click();
      await expect(page.getByRole("dialog", { name: words.connectCustomerio })).toBeVisible();
      await check("Connect Customer.io dialog");
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: words.account, exact: true }).click();
      await expect(page.getByRole("menu")).toBeVisible();
      await check("account menu");

      expect(found).toEqual([]);
    });

    test.describe("at 390 px wide", () => {
      test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

      test("no page scrolls sideways, and the navigation opens from a Menu button", async ({ page, baseURL }) => {
        test.setTimeout(120_000);
        const sideways: string[] = [];
        const checkWidth = async (path: string) => {
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
            const root = document.scrollingElement ?? document.documentElement;
            const sticksOut = (element: Element) => element.getBoundingClientRect().right > root.clientWidth + 0.5;
            // The innermost elements that reach past the right edge, to say what to fix.
            const widest = [...document.body.querySelectorAll("*")]
              .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
              .slice(0, 3)
              .map(
                (element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> ${(element.textContent ?? "").slice(0, 60)}`,
              );
            return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
          });
          if (scrollWidth > clientWidth) sideways.push(`${path}: ${scrollWidth} px wide in ${clientWidth} px, past the edge: ${widest.join(" | ")}`);
        };
        for (const path of ["/sign-in", "/sign-up", "/forgot-password"]) await checkWidth(path);

        const { zapUrl, templateZapUrl, runUrl } = await seedAccount(page, { baseURL: baseURL ?? "", label: "mobile", locale });
        for (const path of [
          "/zaps",
          "/zaps/new",
          zapUrl,
          templateZapUrl,
          `${zapUrl}/versions`,
          `${zapUrl}/import`,
          "/runs",
          runUrl,
          "/connections",
          "/apps",
          "/templates",
          "/account",
        ]) {
          await checkWidth(path);
        }
        expect(sideways).toEqual([]);

        // The navigation is folded away behind Menu; the keyboard opens it, Escape folds it back.
        await page.goto("/zaps");
        const menu = page.getByRole("button", { name: words.menu, exact: true });
        const nav = page.getByRole("navigation", { name: words.mainNav });
        await expect(menu).toHaveAttribute("aria-expanded", "false");
        await expect(nav.getByRole("link", { name: words.runs })).toBeHidden();
        await menu.focus();
        await page.keyboard.press("Enter");
        await expect(menu).toHaveAttribute("aria-expanded", "true");
        await expect(nav.getByRole("link", { name: words.connections })).toBeVisible();
        await page.keyboard.press("Tab");
        await expect(nav.getByRole("link", { name: "Zaps" })).toBeFocused();
        await page.keyboard.press("Escape");
        await expect(menu).toHaveAttribute("aria-expanded", "false");
        await expect(menu).toBeFocused();
        await expect(nav.getByRole("link", { name: words.runs })).toBeHidden();

        // Following a link goes there and folds the menu.
        await menu.click();
        await nav.getByRole("link", { name: words.runs }).click();
        await expect(page.getByRole("heading", { name: words.runs, level: 1 })).toBeVisible();
        await expect(menu).toHaveAttribute("aria-expanded", "false");
        const box = await menu.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(390);

        // The builder is usable: its name field and the trigger's section fit and answer.
        await page.goto(zapUrl);
        await builderReady(page);
        const name = page.getByLabel(words.zapName);
        const nameBox = await name.boundingBox();
        expect(nameBox && nameBox.x >= 0 && nameBox.x + nameBox.width <= 390).toBe(true);
      });
    });
  });
}
