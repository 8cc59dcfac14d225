// Connecting Stripe and Customer.io through the UI, against the stand-ins `npm test` starts (their
// credentials arrive as E2E_* variables; see tools/start-e2e-stand-ins.ts).
import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures/accounts";

const stand = {
  stripeKey: process.env.E2E_STRIPE_TEST_KEY ?? "",
  stripeAccountName: process.env.E2E_STRIPE_ACCOUNT_NAME ?? "",
  siteId: process.env.E2E_CUSTOMERIO_SITE_ID ?? "",
  trackApiKey: process.env.E2E_CUSTOMERIO_TRACK_API_KEY ?? "",
};

test.skip(Object.values(stand).some((value) => value === ""), "needs the Stripe and Customer.io stand-ins that `npm test` starts");

test("connects both apps through the UI", async ({ page, baseURL }) => {
  await signUp(page, { label: "connections" });
  const signingSecret = `whsec_${"e2eSigningSecret".repeat(2)}Q7x9`;

  // Stripe, from the getting-started checklist: its link opens the dialog.
  await page.getByRole("link", { name: /Connect Stripe/ }).click();
  const stripeDialog = page.getByRole("dialog", { name: "Connect Stripe" });
  await expect(stripeDialog).toBeVisible();
  const keyField = stripeDialog.getByLabel("Secret or restricted key");
  await keyField.fill("pk_test_51PublishableKeyNotASecretKey00");
  await stripeDialog.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(stripeDialog.getByText(/This is a publishable key/)).toBeVisible();
  await expect(keyField).toHaveAttribute("aria-invalid", "true");
  await expect(keyField).toBeFocused();

  await keyField.fill(stand.stripeKey);
  await stripeDialog.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(stripeDialog.getByText("Key saved")).toBeVisible();
  await expect(stripeDialog.getByText(stand.stripeAccountName)).toBeVisible();
  await expect(stripeDialog.getByText("Test mode")).toBeVisible();
  // APP_URL is http://127.0.0.1:…, which Stripe cannot reach: the user adds the endpoint by hand.
  await expect(stripeDialog.getByLabel("Webhook URL")).toHaveValue(new RegExp(`^${baseURL}/api/webhooks/stripe/[0-9a-f-]{36}$`));
  const secretField = stripeDialog.getByLabel("Signing secret");
  await secretField.fill("whsec_short");
  await stripeDialog.getByRole("button", { name: "Save signing secret" }).click();
  await expect(stripeDialog.getByText(/A signing secret starts with whsec_/)).toBeVisible();
  await secretField.fill(signingSecret);
  await stripeDialog.getByRole("button", { name: "Save signing secret" }).click();
  await expect(stripeDialog).toBeHidden();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: `Connected ${stand.stripeAccountName}` })).toBeVisible();

  const stripeCard = page.getByRole("listitem", { name: stand.stripeAccountName });
  await expect(stripeCard.getByText("Test mode")).toBeVisible();
  await expect(stripeCard.getByText("Connected", { exact: true })).toBeVisible();
  await expect(stripeCard.getByText(stand.stripeKey.slice(-4))).toBeVisible();
  await expect(stripeCard.getByLabel("Webhook URL")).toHaveValue(new RegExp(`/api/webhooks/stripe/[0-9a-f-]{36}$`));
  await expect(stripeCard.getByText(`its signing secret ends in ${signingSecret.slice(-4)}`)).toBeVisible();

  // Customer.io, from the page's own button, from the keyboard; Escape closes without saving.
  const connectCustomerio = page.getByRole("button", { name: "Connect Customer.io" });
  await connectCustomerio.focus();
  await page.keyboard.press("Enter");
  const cioDialog = page.getByRole("dialog", { name: "Connect Customer.io" });
  await expect(cioDialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(cioDialog).toBeHidden();
  await expect(connectCustomerio).toBeFocused();

  await connectCustomerio.click();
  await cioDialog.getByLabel("Site ID").fill(stand.siteId);
  await cioDialog.getByLabel("Track API key").fill("0000not0the0right0key");
  await cioDialog.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(cioDialog.getByText(/Customer.io did not accept this site ID and Track API key/)).toBeVisible();
  await expect(cioDialog.getByLabel("Track API key")).toHaveAttribute("aria-invalid", "true");

  await cioDialog.getByLabel("Track API key").fill(stand.trackApiKey);
  await cioDialog.getByRole("radio", { name: /^EU/ }).check();
  await cioDialog.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(cioDialog.getByText("This workspace is in the US region: choose US.")).toBeVisible();

  await cioDialog.getByRole("radio", { name: /^US/ }).check();
  await cioDialog.getByLabel("Name (optional)").fill("Marketing workspace");
  await cioDialog.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(cioDialog).toBeHidden();
  const cioCard = page.getByRole("listitem", { name: "Marketing workspace" });
  await expect(cioCard.getByText(stand.siteId)).toBeVisible();
  await expect(cioCard.getByText(stand.trackApiKey.slice(-4))).toBeVisible();
  await expect(cioCard.getByRole("definition").filter({ hasText: /^US$/ })).toBeVisible();

  // No secret reaches the browser: not in the live page, nor in the server's HTML and RSC payload.
  const html = [await page.content(), await (await page.request.get("/connections")).text()];
  for (const secret of [stand.stripeKey, stand.trackApiKey, signingSecret]) {
    for (const text of html) expect(text).not.toContain(secret);
  }

  // Deleting asks first; "Keep it" keeps it.
  await cioCard.getByRole("button", { name: "Delete Marketing workspace" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete “Marketing workspace”?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect(confirm).toBeHidden();
  await expect(cioCard).toBeVisible();

  await cioCard.getByRole("button", { name: "Delete Marketing workspace" }).click();
  await confirm.getByRole("button", { name: "Delete connection" }).click();
  await expect(cioCard).toBeHidden();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Deleted “Marketing workspace”." })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("listitem", { name: stand.stripeAccountName })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Marketing workspace" })).toHaveCount(0);
});
