// Failure notifications end to end: a run that fails for good in the worker shows as a badge beside
// "Runs" (the header polls for it), and opening the run history clears it.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Stripe from "stripe";

const PASSWORD = "orbit-canyon-lantern-42";
const SIGNING_SECRET = `whsec_${"e2eNotifySigningSecret".repeat(2)}`;
const workspace = {
  siteId: process.env.E2E_CUSTOMERIO_SITE_ID ?? "",
  trackApiKey: process.env.E2E_CUSTOMERIO_TRACK_API_KEY ?? "",
  appApiKey: process.env.E2E_CUSTOMERIO_APP_API_KEY ?? "",
};

test.skip(Object.values(workspace).some((value) => value === "") || !process.env.DATABASE_URL, "needs the database and the Customer.io stand-in that `npm test` starts");

const subscriptionDeleted = JSON.parse(readFileSync("lib/catalog/stripe/samples/customer.subscription.deleted.json", "utf8")) as object;

async function signUp(page: Page): Promise<string> {
  const email = `notify-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/zaps$/);
  return email;
}

/** A published zap whose step always fails for good: Customer.io refuses identifiers over 150 bytes. */
function seedFailingZap({ email, name }: { email: string; name: string }): { stripeId: string; zapId: string } {
  const options = JSON.stringify({ email, name, personId: "x".repeat(151), signingSecret: SIGNING_SECRET, customerio: workspace });
  const output = execFileSync(process.execPath, ["--import", "tsx", "e2e/fixtures/seed-published-zap.ts", options], { encoding: "utf8" });
  return JSON.parse(output) as { stripeId: string; zapId: string };
}

async function postSignedEvent({ baseURL, connectionId }: { baseURL: string; connectionId: string }) {
  const body = JSON.stringify({ ...subscriptionDeleted, id: `evt_${randomUUID().replaceAll("-", "")}` });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: SIGNING_SECRET });
  const answer = await fetch(`${baseURL}/api/webhooks/stripe/${connectionId}`, { method: "POST", headers: { "Content-Type": "application/json", "Stripe-Signature": signature }, body });
  expect(answer.status).toBe(200);
}

test("a run that fails for good shows a badge beside Runs until the run history is opened", async ({ page, baseURL }) => {
  const email = await signUp(page);
  const zap = seedFailingZap({ email, name: "Identify churned customer" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Runs" })).toBeVisible();
  await expect(nav.getByRole("img", { name: /failed runs? since you last looked/ })).toHaveCount(0);

  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId });
  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId });
  // The header polls every 15 s: no reload needed.
  const badge = nav.getByRole("img", { name: "2 failed runs since you last looked" });
  await expect(badge).toBeVisible({ timeout: 45_000 });
  await expect(badge).toHaveText("2");

  await nav.getByRole("link", { name: /^Runs/ }).click();
  await expect(page).toHaveURL(/\/runs$/);
  await expect(page.getByRole("row").filter({ hasText: "Identify churned customer" })).toHaveCount(2);
  await expect(badge).toBeHidden();

  // Seen for good: the server counts none after another page load.
  const answered = page.waitForResponse((response) => response.url().endsWith("/api/notifications/failed-runs"));
  await page.goto("/zaps");
  expect(await (await answered).json()).toEqual({ count: 0 });
  await expect(nav.getByRole("img", { name: /failed runs? since you last looked/ })).toHaveCount(0);
});
