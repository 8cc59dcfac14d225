// Issue 16: a new user gets from sign-up to the first mapped field of a zap with the keyboard alone,
// in fewer than 30 Tab presses. Focus follows what the user did: a dialog opens on its first field,
// a connection's notice takes focus (and offers the next step once both apps are connected), the
// builder opens on the trigger search, and an added step opens on its first mapped field.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./fixtures/accounts";
import { needsStandIns, stand } from "./fixtures/stand-ins";

const SIGNING_SECRET = `whsec_${"e2eKeyboardSigningSecret".repeat(2)}`;
needsStandIns();

/** Counts Tab (and Shift+Tab) presses while moving focus to each target. */
function tabCounter(page: Page) {
  let presses = 0;
  return {
    get presses() {
      return presses;
    },
    /** Presses Tab (Shift+Tab with `back`) until `target` has focus, at most `max` times. */
    async to(target: Locator, { back = false, max = 12 }: { back?: boolean; max?: number } = {}) {
      await expect(target).toBeVisible();
      for (let pressed = 0; pressed < max; pressed++) {
        if (await target.evaluate((element) => element === document.activeElement)) return;
        await page.keyboard.press(back ? "Shift+Tab" : "Tab");
        presses++;
      }
      await expect(target, `reached within ${max} Tab presses`).toBeFocused();
    },
  };
}

test("sign-up to the first mapped field with the keyboard alone, in under 30 Tab presses", async ({ page }) => {
  const tab = tabCounter(page);

  // Sign up: Enter in the password field submits.
  await page.goto("/sign-up");
  await tab.to(page.getByLabel("Email"));
  await page.keyboard.type(uniqueEmail("keyboard"));
  await tab.to(page.getByLabel("Password"));
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/zaps$/);

  // The skip link leads past the navigation to the getting-started steps.
  await tab.to(page.getByRole("link", { name: "Skip to content" }));
  await page.keyboard.press("Enter");
  await tab.to(
    page
      .getByRole("main")
      .getByRole("link", { name: /Connect Stripe/ })
      .first(),
  );
  await page.keyboard.press("Enter");

  // Connect Stripe: the dialog opens on its key field; then the signing secret step takes focus.
  const stripeDialog = page.getByRole("dialog", { name: "Connect Stripe" });
  await expect(stripeDialog.getByLabel("Secret or restricted key")).toBeFocused();
  await page.keyboard.type(stand.stripeKey);
  await page.keyboard.press("Enter");
  await tab.to(stripeDialog.getByLabel("Signing secret"));
  await page.keyboard.type(SIGNING_SECRET);
  await page.keyboard.press("Enter");
  await expect(stripeDialog).toBeHidden();
  // The notice of what just happened has focus, not the page body.
  await expect(page.locator("main div[tabindex='-1']").first()).toBeFocused();

  // Connect Customer.io: back one stop to its button, then the dialog's fields.
  await tab.to(page.getByRole("button", { name: "Connect Customer.io" }), { back: true });
  await page.keyboard.press("Enter");
  const cioDialog = page.getByRole("dialog", { name: "Connect Customer.io" });
  await expect(cioDialog.locator(":focus")).toHaveCount(1);
  await tab.to(cioDialog.getByLabel("Site ID"));
  await page.keyboard.type(stand.siteId);
  await tab.to(cioDialog.getByLabel("Track API key"));
  await page.keyboard.type(stand.trackApiKey);
  await page.keyboard.press("Enter");
  await expect(cioDialog).toBeHidden();

  // Both apps connected: the focused notice offers the next step.
  await tab.to(page.getByRole("main").getByRole("link", { name: "Create a zap" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/zaps\/new$/);

  // The builder opens on the trigger search; Enter chooses the first match.
  const trigger = page.getByTestId("trigger-step");
  await expect(trigger.getByLabel("Stripe event", { exact: true })).toBeFocused();
  await page.keyboard.type("subscription canceled");
  await page.keyboard.press("Enter");
  await expect(trigger.getByRole("heading", { name: "Subscription canceled" })).toBeVisible();
  await expect(trigger.locator(":focus")).toHaveCount(1);

  // Add the Customer.io step: the list opens on its search; a catalog option shows a focus ring.
  await tab.to(page.getByRole("button", { name: "+ Add a step" }), { max: 20 });
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Action or lookup to add", { exact: true })).toBeFocused();
  await page.keyboard.type("create or update person");
  await tab.to(page.getByRole("listbox", { name: "Action or lookup to add: choices" }).locator("button", { hasText: "Create or update person" }));
  const ring = await page.locator(":focus").evaluate((element) => getComputedStyle(element).boxShadow);
  expect(ring).toMatch(/rgb/);
  await page.keyboard.press("Enter");

  // The new step opens with focus on its first mapped field.
  const step = page.getByTestId("step-identify_person");
  await expect(step.locator("[data-step-fields]").locator("input, textarea, select").first()).toBeFocused();

  test.info().annotations.push({ type: "Tab presses", description: String(tab.presses) });
  expect(tab.presses).toBeLessThan(30);
});
