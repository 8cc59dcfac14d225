// Run history end to end: a signed Stripe event posted to the webhook URL runs a zap in the worker
// (against the Customer.io stand-in `npm test` starts), and the user watches it in the browser.
import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures/accounts";
import { postSignedEvent, SEEDING_NEEDS, seedingUnavailable, seedPublishedZap, standInWorkspace, subscriptionDeleted } from "./fixtures/seeded-zaps";

const SIGNING_SECRET = `whsec_${"e2eRunsSigningSecret".repeat(2)}`;

test.skip(seedingUnavailable, SEEDING_NEEDS);
const workspace = standInWorkspace;

const seedZap = ({ email, name, personId }: { email: string; name: string; personId: string }) =>
  seedPublishedZap({ email, name, personId, signingSecret: SIGNING_SECRET });

const customerId = subscriptionDeleted.data.object.customer;

test("a signed Stripe event runs the zap, and the run page shows what Customer.io was sent", async ({ page, baseURL }) => {
  const email = await signUp(page, { label: "runs" });
  const zap = seedZap({ email, name: "Cancellation to Customer.io", personId: "{{trigger.customer}}" });

  await page.goto("/runs");
  await expect(page.getByRole("heading", { name: "No runs yet" })).toBeVisible();

  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId, signingSecret: SIGNING_SECRET });
  // The list only polls while a run is in flight; an event arriving on an idle page needs a visit.
  await page.goto("/runs");
  const row = page.getByRole("row").filter({ hasText: "Cancellation to Customer.io" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell", { name: "customer.subscription.deleted" })).toBeVisible();
  await expect(row.getByText("Succeeded")).toBeVisible();
  await expect(row.getByText("Test mode", { exact: true })).toBeVisible();

  await row.getByRole("link", { name: "Cancellation to Customer.io" }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Cancellation to Customer.io", level: 1 })).toBeVisible();
  const step = page.getByRole("listitem", { name: "Step 2: Create or update person" });
  await expect(step.getByText("Succeeded")).toBeVisible();
  const input = step.getByRole("group", { name: "Step 2: Create or update person input" });
  await expect(input).toContainText(`"personId": "${customerId}"`);
  await expect(input).toContainText(`"subscription_status": "canceled"`);
  await expect(step.getByRole("group", { name: "Step 2: Create or update person output" })).toContainText(`"personId": "${customerId}"`);
  const sent = step.getByRole("region", { name: "Request sent to Customer.io" });
  await expect(sent).toContainText(new RegExp(`PUT http://[^ ]+/api/v1/customers/${customerId}`));
  await expect(sent).toContainText(`Basic ••••${workspace.trackApiKey.slice(-4)}`);
  await expect(sent).toContainText(`"subscription_status": "canceled"`);
  await expect(sent).not.toContainText(workspace.trackApiKey);
  // Nor anywhere in the page: the live DOM, and the server's HTML with its RSC payload.
  const html = [await page.content(), await (await page.request.get(page.url())).text()];
  expect(html[1]).toContain(`/api/v1/customers/${customerId}`);
  const basicCredentials = Buffer.from(`${workspace.siteId}:${workspace.trackApiKey}`).toString("base64");
  for (const secret of [workspace.trackApiKey, workspace.appApiKey, basicCredentials, SIGNING_SECRET]) {
    for (const text of html) expect(text).not.toContain(secret);
  }
  await expect(sent.getByRole("button", { name: "Copy as curl (key masked)" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Replay/ })).toHaveCount(0);
  const attempts = page.getByRole("region", { name: "Attempts" });
  await expect(attempts.getByRole("listitem")).toHaveCount(1);
  await expect(attempts).toContainText("Attempt 1");
  await expect(attempts).toContainText("Succeeded");

  // The event's JSON collapses and expands from the keyboard.
  const payload = page.getByRole("group", { name: "Stripe event payload" });
  const dataNode = payload
    .locator("summary")
    .filter({ hasText: /"data": \{/ })
    .first();
  await expect(payload.getByText(`"customer": "${customerId}"`).first()).toBeHidden();
  await dataNode.focus();
  await page.keyboard.press("Enter");
  await payload
    .locator("summary")
    .filter({ hasText: /"object": \{/ })
    .first()
    .click();
  await expect(payload.getByText(`"customer": "${customerId}"`).first()).toBeVisible();
});

test("a failed run shows the reason, and replaying it creates a linked run", async ({ page, baseURL }) => {
  const email = await signUp(page, { label: "runs" });
  const zap = seedZap({ email, name: "Too long an ID", personId: "x".repeat(151) });
  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId, signingSecret: SIGNING_SECRET });

  await page.goto(`/runs?zapId=${zap.zapId}&status=FAILED`);
  await expect(page.getByLabel("Zap")).toHaveValue(zap.zapId);
  const row = page.getByRole("row").filter({ hasText: "Too long an ID" });
  await expect(row.getByText("Failed")).toBeVisible();
  await row.getByRole("link", { name: "Too long an ID" }).click();

  await expect(page.getByRole("note", { name: "Run error" })).toContainText("Step 2 failed");
  const step = page.getByRole("listitem", { name: "Step 2: Create or update person" });
  await expect(step.getByRole("note", { name: "Error" })).toContainText("150 bytes");
  const originalUrl = page.url();

  await page.getByRole("button", { name: "Replay from failed step" }).click();
  await expect(page).not.toHaveURL(originalUrl);
  await expect(page.getByText("A replay of")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Too long an ID", level: 1 })).toBeVisible();
  await expect(page.getByRole("note", { name: "Run error" })).toContainText("150 bytes");

  await page.getByRole("link", { name: "the original run" }).click();
  await expect(page).toHaveURL(originalUrl);
  await expect(page.getByRole("link", { name: /Replay 1/ })).toBeVisible();

  // Replay all: the original was replayed already, so only the failed replay is queued again.
  await page.goto(`/runs?zapId=${zap.zapId}`);
  await page.getByRole("button", { name: "Replay all failed runs of this zap" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Replay the failed runs of “Too long an ID”?" });
  await confirm.getByRole("button", { name: "Replay failed runs" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Queued 1 replay." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Too long an ID" })).toHaveCount(3);
});
