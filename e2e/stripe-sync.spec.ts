// Issue 14 end to end: a new user on a local Conduit (APP_URL on 127.0.0.1, which Stripe cannot reach)
// connects Stripe with a secret key only, no webhook and no signing secret, builds and publishes a
// zap, and a new event in Stripe runs it: the worker reads Stripe's Events API ("sync"), and the run
// appears in the run history without a reload.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./fixtures/accounts";
import { needsStandIns, stand } from "./fixtures/stand-ins";

needsStandIns();

const sample = JSON.parse(readFileSync("lib/catalog/stripe/samples/customer.subscription.deleted.json", "utf8")) as {
  data: { object: Record<string, unknown> };
};

/** Opens the data picker of a field, searches, and picks the first match. */
async function insertData(page: Page, field: string, search: string) {
  await page.getByRole("button", { name: `Insert data into ${field}`, exact: true }).click();
  const picker = page.getByRole("dialog", { name: `Insert data into “${field}”` });
  await picker.getByRole("searchbox", { name: "Search fields" }).fill(search);
  await picker.getByRole("searchbox", { name: "Search fields" }).press("Enter");
  await expect(picker).toBeHidden();
}

test("with only a Stripe secret key, a new Stripe event runs the published zap and shows in the run history without a reload", async ({ page, request }) => {
  await signUp(page, { label: "stripe-sync" });

  // Stripe: the key, and no webhook ("Do this later").
  await page.getByRole("link", { name: /Connect Stripe/ }).click();
  const stripeDialog = page.getByRole("dialog", { name: "Connect Stripe" });
  await stripeDialog.getByLabel("Secret or restricted key").fill(stand.stripeKey);
  await stripeDialog.getByRole("button", { name: "Connect", exact: true }).click();
  await stripeDialog.getByRole("button", { name: "Do this later" }).click();
  await expect(stripeDialog).toBeHidden();
  const stripeCard = page.getByRole("listitem", { name: stand.stripeAccountName });
  await expect(stripeCard.getByText(/Conduit checks Stripe for new events every 1 s/)).toBeVisible();
  await expect(stripeCard.getByLabel("How events arrive")).toHaveValue("automatic");

  await page.getByRole("button", { name: "Connect Customer.io" }).click();
  const cioDialog = page.getByRole("dialog", { name: "Connect Customer.io" });
  await cioDialog.getByLabel("Site ID").fill(stand.siteId);
  await cioDialog.getByLabel("Track API key").fill(stand.trackApiKey);
  await cioDialog.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(cioDialog).toBeHidden();

  // The zap: Subscription canceled → Track event.
  await page.goto("/zaps/new");
  const trigger = page.getByTestId("trigger-step");
  await trigger.getByLabel("Stripe event", { exact: true }).fill("canceled");
  await trigger.getByRole("option", { name: /Subscription canceled/ }).click();
  await expect(page).toHaveURL(/\/zaps\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "+ Add a step" }).click();
  await page.getByLabel("Action or lookup to add", { exact: true }).fill("track event");
  await page.getByRole("option", { name: /^Customer\.io action · Track event/ }).click();
  const step = page.getByTestId("step-track_event");
  await step.getByLabel("Event name", { exact: true }).fill("subscription_canceled");
  await insertData(page, "Person ID or email", "Customer ID");
  await expect(page.getByText("All changes saved")).toBeVisible();
  await page.getByRole("button", { name: "Publish and turn on" }).click();
  await expect(page.getByText("Published version 1.")).toBeVisible();
  await expect(page.getByText(/checks Stripe for new events every 1 s/).first()).toBeVisible();

  // The worker starts reading the account once a zap that uses it is on: the card says when it last checked.
  await page.goto("/connections");
  await expect(async () => {
    await page.reload();
    await expect(stripeCard.getByText(/Last checked/)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  await page.goto("/runs");
  await expect(page.getByText("No runs yet")).toBeVisible();
  // A subscription is canceled in Stripe.
  const made = await request.post(`${stand.stripeControl}/events`, { data: { type: "customer.subscription.deleted", object: sample.data.object } });
  expect(made.status()).toBe(201);

  const row = page.getByRole("row").filter({ hasText: "customer.subscription.deleted" });
  await expect(row).toBeVisible({ timeout: 15_000 });
  await expect(row.getByText("Succeeded")).toBeVisible({ timeout: 15_000 });

  // Import past events: the event already has a run of this zap, so nothing is run again.
  await page.getByLabel("Zap", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("link", { name: "Import past events" }).click();
  await expect(page.getByRole("heading", { name: /Import past events into/ })).toBeVisible();
  await page.getByRole("button", { name: "Count events" }).click();
  await expect(page.getByText(/Stripe holds 1 event of this zap's trigger in .*1 has a run of this zap already/)).toBeVisible();
  await expect(page.getByText("Nothing new to import: this zap has run every event in this range.")).toBeVisible();

  // Forcing webhook without an endpoint is refused, with what to do.
  await page.goto("/connections");
  await stripeCard.getByLabel("How events arrive").selectOption("webhook");
  await expect(stripeCard.getByRole("alert")).toContainText("stripe listen --forward-to");
  await expect(stripeCard.getByLabel("How events arrive")).toHaveValue("automatic");
});
