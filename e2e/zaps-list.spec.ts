// The Zaps page end to end: a seeded, published zap is turned off and on, renamed, its version
// restored, duplicated, searched for and deleted (its run stays in the history); the Templates and
// Apps pages link to the wizard with the right start.
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./fixtures/accounts";
import { postSignedEvent, seedPublishedZap } from "./fixtures/seeded-zaps";

const SIGNING_SECRET = `whsec_${"e2eZapListSigningSecret".repeat(2)}`;

const seedZap = ({ email, name }: { email: string; name: string }) =>
  seedPublishedZap({ email, name, personId: "{{trigger.customer}}", signingSecret: SIGNING_SECRET });

test.skip(!process.env.DATABASE_URL, "needs the database that `npm test` starts, to seed a published zap");

const zapCards = (page: Page) => page.getByRole("list", { name: "Zaps" }).locator(":scope > li");
const card = (page: Page, name: string) => page.getByRole("listitem", { name, exact: true });
const toggle = (page: Page, name: string) => card(page, name).getByRole("switch", { name: `Zap “${name}” on`, exact: true });

test("a zap is turned off and on, renamed, restored, duplicated, searched for and deleted", async ({ page, baseURL }) => {
  const email = await signUp(page, { label: "zaps" });
  const zap = seedZap({ email, name: "Cancellations" });
  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId, signingSecret: SIGNING_SECRET });
  await page.goto("/zaps");

  const cancellations = card(page, "Cancellations");
  await expect(cancellations.getByRole("list", { name: "Trigger and steps" })).toContainText("Subscription canceled");
  await expect(cancellations.getByRole("list", { name: "Trigger and steps" })).toContainText("Create or update person");
  await expect(cancellations.getByRole("link", { name: "1 run of Cancellations" })).toHaveAttribute("href", `/runs?zapId=${zap.zapId}`);
  await expect(cancellations.getByRole("link", { name: /\d{1,2}:\d{2}/ })).toHaveAttribute("href", /^\/runs\/[0-9a-f-]{36}$/);
  await expect(cancellations.getByRole("link", { name: "Cancellations", exact: true })).toHaveAttribute("href", `/zaps/${zap.zapId}`);

  // Off and on, kept across a reload.
  await expect(toggle(page, "Cancellations")).toBeChecked();
  await toggle(page, "Cancellations").click();
  await expect(toggle(page, "Cancellations")).not.toBeChecked();
  await page.reload();
  await expect(toggle(page, "Cancellations")).not.toBeChecked();
  await toggle(page, "Cancellations").press("Space");
  await expect(toggle(page, "Cancellations")).toBeChecked();

  // Rename: a blank name is refused with a message, then a real one is saved.
  await cancellations.getByRole("button", { name: "Rename Cancellations" }).click();
  const renameDialog = page.getByRole("dialog", { name: "Rename “Cancellations”" });
  await renameDialog.getByLabel("Name").fill("   ");
  await renameDialog.getByRole("button", { name: "Save name" }).click();
  await expect(renameDialog.getByText("Give the zap a name.")).toBeVisible();
  await renameDialog.getByLabel("Name").fill("Win-back");
  await renameDialog.getByLabel("Name").press("Enter");
  await expect(renameDialog).toBeHidden();
  await expect(card(page, "Win-back")).toBeVisible();
  await expect(card(page, "Cancellations")).toHaveCount(0);

  // Version history: restoring copies version 1 into the draft and says it is not published.
  await card(page, "Win-back").getByRole("link", { name: "Versions of Win-back" }).click();
  await expect(page.getByRole("heading", { name: "Version history of “Win-back”", level: 1 })).toBeVisible();
  const version = page.getByRole("listitem", { name: "Version 1" });
  await expect(version.getByText("Current")).toBeVisible();
  await version.getByRole("button", { name: "Restore version 1" }).click();
  await page.getByRole("alertdialog", { name: "Restore version 1 into the draft?" }).getByRole("button", { name: "Restore version 1" }).click();
  await expect(version.getByRole("status")).toContainText("Version 1 is now the draft. It is not published yet");
  await page.getByRole("link", { name: "← Zaps" }).click();

  // Duplicate: the copy is off, and cannot be turned on before it is published.
  await card(page, "Win-back").getByRole("button", { name: "Duplicate Win-back" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created “Copy of Win-back”. It is off until you publish it." })).toBeVisible();
  await expect(toggle(page, "Copy of Win-back")).not.toBeChecked();
  await expect(card(page, "Copy of Win-back")).toContainText("Never published");
  await toggle(page, "Copy of Win-back").click();
  await expect(card(page, "Copy of Win-back").getByRole("alert")).toContainText("Publish the zap first");
  await expect(toggle(page, "Copy of Win-back")).not.toBeChecked();

  // Search by name, and by what the zap does.
  const search = page.getByRole("searchbox", { name: "Search zaps" });
  await search.fill("copy");
  await expect(zapCards(page)).toHaveCount(1);
  await expect(card(page, "Copy of Win-back")).toBeVisible();
  await search.fill("subscription canceled");
  await expect(zapCards(page)).toHaveCount(2);
  await search.fill("dispute");
  await expect(page.getByRole("heading", { name: "No zaps match your search" })).toBeVisible();
  await page.getByRole("button", { name: "Clear the search" }).click();
  await expect(zapCards(page)).toHaveCount(2);

  // Delete asks first; keeping it changes nothing.
  await card(page, "Win-back").getByRole("button", { name: "Delete Win-back" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete “Win-back”?" });
  await expect(confirm).toContainText("Its past runs stay in the run history.");
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect(confirm).toBeHidden();
  await expect(card(page, "Win-back")).toBeVisible();
  await card(page, "Win-back").getByRole("button", { name: "Delete Win-back" }).click();
  await confirm.getByRole("button", { name: "Delete zap" }).click();
  await expect(confirm).toBeHidden();
  await expect(card(page, "Win-back")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Deleted “Win-back”. Its runs stay in the run history." })).toBeVisible();
  await page.reload();
  await expect(card(page, "Win-back")).toHaveCount(0);
  await expect(card(page, "Copy of Win-back")).toBeVisible();

  // The deleted zap's run is still in the history, under its name.
  await page.goto("/runs");
  await expect(page.getByRole("row").filter({ hasText: "Win-back" })).toHaveCount(1);
});

test("templates and apps open the wizard with the right start", async ({ page }) => {
  await signUp(page, { label: "zaps" });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Templates" }).click();
  await expect(page.getByRole("heading", { name: "Templates", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Use template/ })).toHaveCount(7);
  await expect(page.getByRole("link", { name: "Use template: Payment failed → track payment_failed" })).toHaveAttribute(
    "href",
    "/zaps/new?template=payment-failed",
  );
  await expect(page.getByRole("link", { name: "Use template: Payment succeeded → keep lifetime value up to date" })).toHaveAttribute(
    "href",
    "/zaps/new?template=payment-totals",
  );

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Apps" }).click();
  await expect(page.getByRole("heading", { name: "Apps", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Try it/ })).toHaveCount(24);
  await expect(page.getByRole("link", { name: "Try it: Subscription canceled" })).toHaveAttribute("href", "/zaps/new?trigger=subscription_canceled");
  await expect(page.getByRole("link", { name: "Try it: Customer payment totals" })).toHaveAttribute("href", "/zaps/new?step=stripe.customer_payment_totals");
  await expect(page.getByRole("link", { name: "Try it: Track event", exact: true })).toHaveAttribute("href", "/zaps/new?step=customerio.track_event");
});
