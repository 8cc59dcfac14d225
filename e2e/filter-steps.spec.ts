// "Only continue if" after a lookup, as a user builds it: Payment succeeded → Customer payment totals
// → filter "total spent greater than 100" → Create or update person. A payment by a customer who
// has spent less stops Filtered, with the reason, at the filter step; one by a bigger spender goes
// through to Customer.io; one by a customer Stripe does not know stops quietly at the lookup.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Stripe from "stripe";
import { needsStandIns, seedPayments, stand } from "./fixtures/stand-ins";

const PASSWORD = "orbit-canyon-lantern-42";
const SIGNING_SECRET = `whsec_${"e2eFilterStepsSigningSecret".repeat(2)}`;
needsStandIns();

const chargeSucceeded = JSON.parse(readFileSync("lib/catalog/stripe/samples/charge.succeeded.json", "utf8")) as { data: { object: Record<string, unknown> } };

async function signUpAndConnect(page: Page): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`filters-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`);
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

/** A customer with these successful payments (cents) in the Stripe stand-in (none: unknown to Stripe), and a signed charge.succeeded for them. */
async function paymentBy({ page, baseURL, customer, amounts }: { page: Page; baseURL: string; customer: string; amounts: number[] | null }) {
  if (amounts) await seedPayments({ customer, amounts });
  const connectionId = (await page.goto("/connections"), await page.getByLabel("Webhook URL").first().inputValue()).split("/").pop() ?? "";
  const body = JSON.stringify({
    ...chargeSucceeded,
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    data: { object: { ...chargeSucceeded.data.object, customer } },
  });
  const answer = await fetch(`${baseURL}/api/webhooks/stripe/${connectionId}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Stripe-Signature": Stripe.webhooks.generateTestHeaderString({ payload: body, secret: SIGNING_SECRET }) },
    body,
  });
  expect(answer.status).toBe(200);
}

test("a filter after a lookup stops a run below the threshold (Filtered, with the reason) and lets one above it through", async ({ page, baseURL }) => {
  await signUpAndConnect(page);
  await page.goto("/zaps/new");
  const trigger = page.getByTestId("trigger-step");
  await trigger.getByLabel("Stripe event", { exact: true }).fill("payment succeeded");
  await trigger.getByRole("option", { name: /Payment succeeded/ }).click();
  await expect(page).toHaveURL(/\/zaps\/[0-9a-f-]{36}$/);
  const zapId = page.url().split("/").pop() ?? "";

  await page.getByRole("button", { name: "+ Add a step" }).click();
  await page.getByLabel("Action or lookup to add", { exact: true }).fill("payment totals");
  await page.getByRole("option", { name: /Customer payment totals/ }).click();
  await expect(page.getByTestId("step-customer_payment_totals").getByLabel("Stripe connection")).not.toHaveValue("");
  await insertData(page, "Customer ID", "Customer ID");

  await page.getByRole("button", { name: "+ Add a step" }).click();
  await page.getByLabel("Action or lookup to add", { exact: true }).fill("create or update person");
  await page.getByRole("option", { name: /Create or update person/ }).click();
  await insertData(page, "Person ID or email", "Customer ID");

  // The filter goes between the lookup and the person: it becomes step 3, and the person step 4.
  await page.getByRole("button", { name: "+ Add a filter here (after step 2)" }).click();
  const filter = page.getByTestId("step-filter");
  await expect(filter.getByRole("heading", { name: "Only continue if… (no rules yet)" })).toBeVisible();
  await filter.getByRole("button", { name: "Add a rule" }).click();
  const picker = page.getByRole("dialog", { name: "Choose the field to check" });
  // The lookup's output is there to pick, not only the trigger's fields.
  await picker.getByRole("searchbox", { name: "Search fields" }).fill("Total spent (main currency)");
  await picker.getByRole("searchbox", { name: "Search fields" }).press("Enter");
  await expect(picker).toBeHidden();
  await expect(filter.getByRole("button", { name: /^Field for rule 1: Total spent \(main currency\)/ })).toBeVisible();
  await filter.getByLabel("Condition for rule 1").selectOption("greater_than");
  await filter.getByRole("textbox", { name: "Value for rule 1", exact: true }).fill("100");
  await expect(page.getByText("All changes saved")).toBeVisible();
  await expect(page.getByTestId("step-identify_person").getByRole("heading", { name: "Create or update person" })).toBeVisible();

  await page.getByRole("button", { name: "Publish and turn on" }).click();
  await expect(page.getByText("Published version 1.")).toBeVisible();

  // $80 spent: stopped at the filter, quietly.
  const low = `cus_E2eLow${Date.now()}`;
  await paymentBy({ page, baseURL: baseURL ?? "", customer: low, amounts: [5000, 3000] });
  await page.goto(`/runs?zapId=${zapId}`);
  await page.getByRole("row").filter({ hasText: "Filtered" }).getByRole("link").first().click();
  await expect(page.getByRole("note", { name: "Why the run stopped" })).toHaveText(
    "Filtered at step 3: Total spent (main currency) 80 is not greater than 100",
  );
  const stopped = page.getByRole("listitem", { name: "Step 3: Only continue if…" });
  await expect(stopped.getByText("Stopped the run", { exact: true })).toBeVisible();
  await expect(stopped.getByRole("list", { name: "Rules checked" })).toContainText("Total spent (main currency) is greater than 100 (it was 80)");
  await expect(page.getByRole("listitem", { name: "Step 4: Create or update person" })).toHaveCount(0);

  // $150 spent: through the filter to Customer.io.
  const high = `cus_E2eHigh${Date.now()}`;
  await paymentBy({ page, baseURL: baseURL ?? "", customer: high, amounts: [10000, 5000] });
  await page.goto(`/runs?zapId=${zapId}`);
  await page.getByRole("row").filter({ hasText: "Succeeded" }).getByRole("link").first().click();
  await expect(page.getByRole("listitem", { name: "Step 3: Only continue if…" }).getByText("Passed", { exact: true })).toBeVisible();
  const person = page.getByRole("listitem", { name: "Step 4: Create or update person" });
  await expect(person.getByText(new RegExp(`PUT .*/api/v1/customers/${high}`))).toBeVisible();

  // A customer Stripe does not know: the lookup finds nothing and, as it is set by default, stops the run quietly.
  const unknown = `cus_E2eUnknown${Date.now()}`;
  await paymentBy({ page, baseURL: baseURL ?? "", customer: unknown, amounts: null });
  await page.goto(`/runs?zapId=${zapId}`);
  const reason = `Stopped at step 2: No Stripe customer has the ID ${unknown}; the step is set to stop the run.`;
  await page.getByRole("row").filter({ hasText: reason }).getByRole("link").click();
  await expect(page.getByRole("note", { name: "Why the run stopped" })).toHaveText(reason);
  const lookup = page.getByRole("listitem", { name: "Step 2: Customer payment totals" });
  await expect(lookup.getByText("Stopped the run", { exact: true })).toBeVisible();
  await expect(lookup.getByRole("note", { name: "Why it stopped" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Step 3: Only continue if…" })).toHaveCount(0);
});
