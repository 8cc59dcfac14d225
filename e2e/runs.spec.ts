// Run history end to end: a signed Stripe event posted to the webhook URL runs a zap in the worker
// (against the Customer.io stand-in `npm test` starts), and the user watches it in the browser.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Stripe from "stripe";

const PASSWORD = "orbit-canyon-lantern-42";
const SIGNING_SECRET = `whsec_${"e2eRunsSigningSecret".repeat(2)}`;
const workspace = {
  siteId: process.env.E2E_CUSTOMERIO_SITE_ID ?? "",
  trackApiKey: process.env.E2E_CUSTOMERIO_TRACK_API_KEY ?? "",
  appApiKey: process.env.E2E_CUSTOMERIO_APP_API_KEY ?? "",
};

test.skip(Object.values(workspace).some((value) => value === "") || !process.env.DATABASE_URL, "needs the database and the Customer.io stand-in that `npm test` starts");

const subscriptionDeleted = JSON.parse(readFileSync("lib/catalog/stripe/samples/customer.subscription.deleted.json", "utf8")) as { data: { object: { customer: string } } };
const customerId = subscriptionDeleted.data.object.customer;

async function signUp(page: Page): Promise<string> {
  const email = `runs-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/zaps$/);
  return email;
}

/** A published zap for the signed-up user, seeded through lib/ in a tsx process (the builder UI does not exist yet). */
function seedZap({ email, name, personId }: { email: string; name: string; personId: string }): { stripeId: string; zapId: string } {
  const options = JSON.stringify({ email, name, personId, signingSecret: SIGNING_SECRET, customerio: workspace });
  const output = execFileSync(process.execPath, ["--import", "tsx", "e2e/fixtures/seed-published-zap.ts", options], { encoding: "utf8" });
  return JSON.parse(output) as { stripeId: string; zapId: string };
}

async function postSignedEvent({ baseURL, connectionId }: { baseURL: string; connectionId: string }) {
  const body = JSON.stringify({ ...subscriptionDeleted, id: `evt_${randomUUID().replaceAll("-", "")}` });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: SIGNING_SECRET });
  const answer = await fetch(`${baseURL}/api/webhooks/stripe/${connectionId}`, { method: "POST", headers: { "Content-Type": "application/json", "Stripe-Signature": signature }, body });
  expect(answer.status).toBe(200);
}

test("a signed Stripe event runs the zap, and the run page shows what Customer.io was sent", async ({ page, baseURL }) => {
  const email = await signUp(page);
  const zap = seedZap({ email, name: "Cancellation to Customer.io", personId: "{{trigger.customer}}" });

  await page.goto("/runs");
  await expect(page.getByRole("heading", { name: "No runs yet" })).toBeVisible();

  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId });
  // The list only polls while a run is in flight; an event arriving on an idle page needs a visit.
  await page.goto("/runs");
  const row = page.getByRole("row").filter({ hasText: "Cancellation to Customer.io" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell", { name: "customer.subscription.deleted" })).toBeVisible();
  await expect(row.getByText("Succeeded")).toBeVisible();
  await expect(row.getByText("Live")).toBeVisible();

  await row.getByRole("link", { name: "Cancellation to Customer.io" }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Cancellation to Customer.io", level: 1 })).toBeVisible();
  const step = page.getByRole("listitem", { name: "Step 1: Create or update person" });
  await expect(step.getByText("Succeeded")).toBeVisible();
  const input = step.getByRole("group", { name: "Step 1: Create or update person input" });
  await expect(input).toContainText(`"personId": "${customerId}"`);
  await expect(input).toContainText(`"subscription_status": "canceled"`);
  await expect(step.getByRole("group", { name: "Step 1: Create or update person output" })).toContainText(`"personId": "${customerId}"`);
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
  const dataNode = payload.locator("summary").filter({ hasText: /"data": \{/ }).first();
  await expect(payload.getByText(`"customer": "${customerId}"`).first()).toBeHidden();
  await dataNode.focus();
  await page.keyboard.press("Enter");
  await payload.locator("summary").filter({ hasText: /"object": \{/ }).first().click();
  await expect(payload.getByText(`"customer": "${customerId}"`).first()).toBeVisible();
});

test("a failed run shows the reason, and replaying it creates a linked run", async ({ page, baseURL }) => {
  const email = await signUp(page);
  const zap = seedZap({ email, name: "Too long an ID", personId: "x".repeat(151) });
  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId });

  await page.goto(`/runs?zapId=${zap.zapId}&status=FAILED`);
  await expect(page.getByLabel("Zap")).toHaveValue(zap.zapId);
  const row = page.getByRole("row").filter({ hasText: "Too long an ID" });
  await expect(row.getByText("Failed")).toBeVisible();
  await row.getByRole("link", { name: "Too long an ID" }).click();

  await expect(page.getByRole("note", { name: "Run error" })).toContainText("Step 1 failed");
  const step = page.getByRole("listitem", { name: "Step 1: Create or update person" });
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
