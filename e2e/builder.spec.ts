// The zap builder as a new user meets it: sign up, connect Stripe and Customer.io, build
// "Subscription canceled → Create or update person" with the data picker and a formatter, dry-run the
// step, publish, then watch a signed Stripe event and a "Send test event" run it.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Stripe from "stripe";

const PASSWORD = "orbit-canyon-lantern-42";
const SIGNING_SECRET = `whsec_${"e2eBuilderSigningSecret".repeat(2)}`;
const stand = {
  stripeKey: process.env.E2E_STRIPE_TEST_KEY ?? "",
  siteId: process.env.E2E_CUSTOMERIO_SITE_ID ?? "",
  trackApiKey: process.env.E2E_CUSTOMERIO_TRACK_API_KEY ?? "",
};

test.skip(Object.values(stand).some((value) => value === ""), "needs the Stripe and Customer.io stand-ins that `npm test` starts");

const sample = JSON.parse(readFileSync("lib/catalog/stripe/samples/customer.subscription.deleted.json", "utf8")) as {
  data: { object: { customer: string; status: string; canceled_at: number } };
};
const subscription = sample.data.object;
const canceledOn = new Date(subscription.canceled_at * 1000).toISOString();

async function signUpAndConnect(page: Page): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`builder-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/zaps$/);

  await page.getByRole("link", { name: /Connect Stripe/ }).click();
  const stripeDialog = page.getByRole("dialog", { name: "Connect Stripe" });
  await stripeDialog.getByLabel("Secret or restricted key").fill(stand.stripeKey);
  await stripeDialog.getByRole("button", { name: "Connect", exact: true }).click();
  await stripeDialog.getByLabel("Signing secret").fill(SIGNING_SECRET);
  await stripeDialog.getByRole("button", { name: "Save signing secret" }).click();
  await expect(stripeDialog).toBeHidden();

  await page.getByRole("button", { name: "Connect Customer.io" }).click();
  const cioDialog = page.getByRole("dialog", { name: "Connect Customer.io" });
  await cioDialog.getByLabel("Site ID").fill(stand.siteId);
  await cioDialog.getByLabel("Track API key").fill(stand.trackApiKey);
  await cioDialog.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(cioDialog).toBeHidden();
}

/** Opens the data picker of a field, searches, and picks the first match. */
async function insertData(page: Page, field: string, search: string) {
  await page.getByRole("button", { name: `Insert data into ${field}`, exact: true }).click();
  const picker = page.getByRole("dialog", { name: `Insert data into “${field}”` });
  await picker.getByRole("searchbox", { name: "Search fields" }).fill(search);
  await picker.getByRole("searchbox", { name: "Search fields" }).press("Enter");
  await expect(picker).toBeHidden();
}

test("a new user builds, tests and publishes a zap that then runs on Stripe events", async ({ page, baseURL }) => {
  await signUpAndConnect(page);

  await page.goto("/zaps");
  await page.getByRole("link", { name: /Create (your first )?zap/i }).first().click();
  // The zap is stored at the first change (here the name), not when the page opens.
  await expect(page).toHaveURL(/\/zaps\/new$/);
  await page.getByLabel("Zap name").fill("Cancellations to Customer.io");
  await expect(page).toHaveURL(/\/zaps\/[0-9a-f-]{36}$/);
  const zapId = page.url().split("/").pop() ?? "";

  // 1. Trigger: search the catalog; the only Stripe connection is chosen by itself.
  const trigger = page.getByTestId("trigger-step");
  await trigger.getByLabel("Stripe event", { exact: true }).fill("canceled");
  await trigger.getByRole("option", { name: /Subscription canceled/ }).click();
  await expect(trigger.getByRole("heading", { name: "Subscription canceled" })).toBeVisible();
  await expect(trigger.getByLabel("Stripe connection")).not.toHaveValue("");

  // 2. Step: Create or update person, with two mapped fields, one of them formatted.
  await page.getByRole("button", { name: "+ Add a step" }).click();
  await page.getByLabel("Action or lookup to add", { exact: true }).fill("create or update person");
  await page.getByRole("option", { name: /Create or update person/ }).click();
  const step = page.getByTestId("step-identify_person");
  await expect(step.getByLabel("Customer.io connection")).not.toHaveValue("");

  await insertData(page, "Person ID or email", "Customer ID");
  await expect(step.getByRole("button", { name: "Customer ID", exact: true })).toBeVisible();
  await expect(step.locator("p", { hasText: "With the sample:" }).first()).toContainText(subscription.customer);

  await step.getByRole("button", { name: "Add a row to Attributes" }).click();
  await step.getByLabel("Attributes: name of row 1").fill("canceled_on");
  const rowValue = (await step.getByRole("button", { name: /^Insert data into Attributes: value of/ }).first().textContent())?.replace(/^Insert data into /, "") ?? "";
  await insertData(page, rowValue, "Canceled at");
  await step.getByRole("button", { name: "Canceled at", exact: true }).click();
  const format = page.getByRole("dialog", { name: "Format “Canceled at”" });
  await format.getByLabel("Add a formatter").selectOption({ label: "Unix time → ISO date" });
  await format.getByRole("button", { name: "Add", exact: true }).click();
  await format.getByRole("button", { name: "Done" }).click();
  await expect(step.getByRole("button", { name: "Canceled at, formatted: date" })).toBeVisible();
  await expect(page.getByText("All changes saved")).toBeVisible();

  // 3. Dry run: the exact request, nothing sent.
  await step.getByRole("button", { name: "Dry run (show the request)" }).click();
  const result = step.getByTestId("step-test-result");
  await expect(result.getByText(/Nothing was sent/)).toBeVisible();
  await expect(result.getByText(new RegExp(`PUT .*/api/v1/customers/${subscription.customer}`))).toBeVisible();
  await expect(result.getByText(canceledOn.slice(0, 10)).first()).toBeVisible();

  // 4. Publish: the zap is on.
  await page.getByRole("button", { name: "Publish and turn on" }).click();
  await expect(page.getByText("Published version 1.")).toBeVisible();
  await page.goto("/zaps");
  const card = page.getByRole("listitem", { name: "Cancellations to Customer.io", exact: true });
  await expect(card.getByRole("switch", { name: "Zap “Cancellations to Customer.io” on", exact: true })).toBeChecked();

  // 5. A signed Stripe event runs it with the mapped values.
  const connectionId = await webhookConnectionId(page);
  const body = JSON.stringify({ ...sample, id: `evt_${randomUUID().replaceAll("-", "")}` });
  const answer = await fetch(`${baseURL}/api/webhooks/stripe/${connectionId}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Stripe-Signature": Stripe.webhooks.generateTestHeaderString({ payload: body, secret: SIGNING_SECRET }) },
    body,
  });
  expect(answer.status).toBe(200);
  await page.goto(`/runs?zapId=${zapId}`);
  await page.getByRole("row").filter({ hasText: "customer.subscription.deleted" }).getByRole("link").first().click();
  await expect(page.getByText("Succeeded").first()).toBeVisible();
  const sent = page.getByRole("group", { name: "Request sent to Customer.io" });
  await expect(sent.getByText(new RegExp(`PUT .*/api/v1/customers/${subscription.customer}`))).toBeVisible();
  await expect(sent.getByLabel("Request sent to Customer.io body")).toContainText(`"canceled_on": "${canceledOn.slice(0, 10)}`);

  // 6. Send test event, from the builder: a Test run that goes from queued to succeeded.
  await page.goto(`/zaps/${zapId}`);
  await page.getByTestId("sample-step").getByRole("button", { name: /Sample event and test event/ }).click();
  await page.getByRole("button", { name: "Send test event" }).click();
  const status = page.getByRole("status").filter({ hasText: "Test run:" });
  await expect(status.getByText("Succeeded")).toBeVisible();
  await status.getByRole("link", { name: "Open the run" }).click();
  await expect(page.getByText("Test", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("group", { name: "Request sent to Customer.io" })).toBeVisible();
});

test("publishing an incomplete zap is refused with the problem shown at its step; a live zap's draft does not run until published", async ({ page }) => {
  await signUpAndConnect(page);
  await page.goto("/zaps/new");
  const trigger = page.getByTestId("trigger-step");
  await trigger.getByLabel("Stripe event", { exact: true }).fill("new customer");
  await trigger.getByRole("option", { name: /New customer/ }).click();
  await expect(page).toHaveURL(/\/zaps\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "+ Add a step" }).click();
  await page.getByLabel("Action or lookup to add", { exact: true }).fill("track event");
  await page.getByRole("option", { name: /^Customer\.io action · Track event/ }).click();
  await page.getByRole("button", { name: "Publish and turn on" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not published" })).toBeVisible();
  const step = page.getByTestId("step-track_event");
  await expect(step.getByText("Needs attention")).toBeVisible();
  await expect(step.getByText(/Person ID or email is required/)).toBeVisible();

  await step.getByLabel("Event name", { exact: true }).fill("customer_created");
  await insertData(page, "Person ID or email", "Customer ID");
  await expect(page.getByText("All changes saved")).toBeVisible();
  await page.getByRole("button", { name: "Publish and turn on" }).click();
  await expect(page.getByText("Published version 1.")).toBeVisible();

  await step.getByLabel("Event name", { exact: true }).fill("customer_created_v2");
  await expect(page.getByText("The draft has changes that are not live yet")).toBeVisible();
  await page.reload();
  await expect(page.getByText("The draft has changes that are not live yet")).toBeVisible();
  // After the reload the steps start collapsed, their fields not rendered until opened.
  await page.getByTestId("step-track_event").getByRole("button", { name: /Track event/, expanded: false }).click();
  await expect(page.getByTestId("step-track_event").getByLabel("Event name", { exact: true })).toHaveValue("customer_created_v2");
  await page.getByRole("button", { name: "Discard draft" }).click();
  await page.getByRole("alertdialog", { name: "Discard the draft?" }).getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByTestId("step-track_event").getByLabel("Event name", { exact: true })).toHaveValue("customer_created");

  // Publishing an edit makes version 2; the version history lists both, the new one current.
  await page.getByTestId("step-track_event").getByLabel("Event name", { exact: true }).fill("customer_created_v2");
  await page.getByRole("button", { name: "Publish changes" }).click();
  await expect(page.getByText("Published version 2.")).toBeVisible();
  await page.getByRole("link", { name: "Version history" }).click();
  await expect(page.getByRole("listitem", { name: "Version 1", exact: true })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Version 2", exact: true }).getByText("Current")).toBeVisible();
});

async function webhookConnectionId(page: Page): Promise<string> {
  await page.goto("/connections");
  const url = await page.getByLabel("Webhook URL").first().inputValue();
  return url.split("/").pop() ?? "";
}
