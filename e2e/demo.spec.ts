// `npm run demo` through a browser: a new user signs up, connects the demo Stripe account and the demo
// Customer.io workspace in one click each, creates a zap from a template, makes a payment fail in the
// Demo Stripe panel, and sees the run succeed and what Customer.io received. Runs against the second,
// demo-mode Conduit that `npm test` starts (tools/start-demo-app.ts).
import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures/accounts";

const demoUrl = process.env.E2E_DEMO_BASE_URL;
test.skip(!demoUrl, "Needs the demo-mode Conduit that `npm test` starts (E2E_DEMO_BASE_URL).");
test.use({ baseURL: demoUrl });

const TEMPLATE = "Payment failed → track payment_failed";

test("a new user gets a first successful run without any outside account", async ({ page }) => {
  await page.goto("/sign-up");
  await expect(page.getByText("This is a demo.")).toBeVisible();
  await signUp(page, { label: "demo" });
  const nav = page.getByRole("navigation", { name: "Main" });

  // One click each, and both are connected, the Stripe one with its webhook endpoint.
  await nav.getByRole("link", { name: "Connections" }).click();
  await page.getByRole("button", { name: "Connect the demo Stripe account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Connected Conduit Demo Shop." })).toBeVisible();
  await page.getByRole("button", { name: "Connect the demo Customer.io workspace" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Connected Demo Customer.io workspace." })).toBeVisible();
  await expect(page.getByText("Conduit Demo Shop").first()).toBeVisible();
  await expect(page.getByText("Demo Customer.io workspace").first()).toBeVisible();

  // A zap from a template: choose the two connections, publish.
  await nav.getByRole("link", { name: "Templates" }).click();
  await page.getByRole("link", { name: `Use template: ${TEMPLATE}` }).click();
  await page
    .getByTestId("trigger-step")
    .getByRole("button", { name: /Payment failed/, expanded: false })
    .click();
  await page.getByLabel("Stripe connection").selectOption({ index: 1 });
  await page.getByRole("button", { name: /Track event/, expanded: false }).click();
  await page.getByLabel("Customer.io connection").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Publish and turn on" }).click();
  await expect(page.getByText("Published version 1.")).toBeVisible();

  // The Demo Stripe panel: Ravi's payment fails, and Stripe delivers the event to Conduit.
  await nav.getByRole("link", { name: "Demo Stripe" }).click();
  await page.getByLabel("Customer", { exact: true }).selectOption({ label: "Ravi Patel (Pro)" });
  await page.getByRole("button", { name: "A payment fails" }).click();
  const made = page.getByRole("status").filter({ hasText: "Stripe sent charge.failed" });
  await expect(made).toBeVisible();
  const eventId = /\((evt_[A-Za-z0-9]+)\)/.exec((await made.textContent()) ?? "")?.[1] ?? "no event id";
  const sent = page.getByRole("row").filter({ hasText: eventId });
  await expect(sent.getByText("Ravi Patel")).toBeVisible();
  await expect(sent.getByText("Delivered (200)")).toBeVisible();

  // The run history shows the run succeed, without reloading the page.
  await nav.getByRole("link", { name: "Runs" }).click();
  const run = page.getByRole("row").filter({ hasText: TEMPLATE });
  await expect(run).toHaveCount(1);
  await expect(run.getByRole("cell", { name: "charge.failed" })).toBeVisible();
  await expect(run.getByText("Succeeded")).toBeVisible({ timeout: 20_000 });

  // And the demo workspace (shared by the demo's users) received the event for Ravi, newest first.
  await nav.getByRole("link", { name: "Demo Customer.io" }).click();
  const events = page.getByRole("table", { name: "Events the demo workspace received, newest first" });
  const tracked = events.getByRole("row").filter({ hasText: "payment_failed" }).first();
  await expect(tracked).toContainText("cus_DemoRavi");
  await expect(tracked).toContainText('"failure_code": "card_declined"');
});
