// Connecting Stripe and Customer.io through the UI, against the stand-ins `npm test` starts (their
// credentials arrive as E2E_* variables; see tools/start-e2e-stand-ins.ts).
import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures/accounts";
import { postSignedEvent, SEEDING_NEEDS, seedingUnavailable, seedPublishedZap } from "./fixtures/seeded-zaps";
import { needsStandIns, stand } from "./fixtures/stand-ins";

needsStandIns();

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
  await expect(
    page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: `Connected ${stand.stripeAccountName}` }),
  ).toBeVisible();

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

test("edits a Customer.io connection: a new Track API key, then the App API key added later", async ({ page }) => {
  const rotatedTrackApiKey = process.env.E2E_CUSTOMERIO_ROTATED_TRACK_API_KEY ?? "";
  const appApiKey = process.env.E2E_CUSTOMERIO_APP_API_KEY ?? "";
  test.skip(rotatedTrackApiKey === "" || appApiKey === "", "needs the second Track API key and the App API key of the stand-in `npm test` starts");
  await signUp(page, { label: "edit-connection" });
  await page.goto("/connections");
  await page.getByRole("button", { name: "Connect Customer.io" }).click();
  const connect = page.getByRole("dialog", { name: "Connect Customer.io" });
  await connect.getByLabel("Site ID").fill(stand.siteId);
  await connect.getByLabel("Track API key").fill(stand.trackApiKey);
  await connect.getByLabel("Name (optional)").fill("Lifecycle workspace");
  await connect.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(connect).toBeHidden();
  const card = page.getByRole("listitem", { name: "Lifecycle workspace" });
  await expect(card.getByText("Not added (needed for transactional email: add it with Edit)")).toBeVisible();

  await card.getByRole("button", { name: "Edit Lifecycle workspace" }).click();
  const edit = page.getByRole("dialog", { name: "Edit “Lifecycle workspace”" });
  await expect(edit.getByLabel("Site ID")).toHaveValue(stand.siteId);
  await expect(edit.getByText(`Leave empty to keep the key ending in ${stand.trackApiKey.slice(-4)}.`)).toBeVisible();
  const trackField = edit.getByLabel("New Track API key");
  await trackField.fill("0000not0the0right0key");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText(/Customer.io did not accept this site ID and Track API key/)).toBeVisible();
  await expect(trackField).toHaveAttribute("aria-invalid", "true");
  await expect(trackField).toBeFocused();

  await trackField.fill(rotatedTrackApiKey);
  await edit.getByLabel("App API key (optional)").fill(appApiKey);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Saved the changes to “Lifecycle workspace”." })).toBeVisible();
  await expect(card.getByRole("definition").filter({ hasText: rotatedTrackApiKey.slice(-4) })).toBeVisible();
  await expect(card.getByRole("definition").filter({ hasText: appApiKey.slice(-4) })).toBeVisible();

  // The dialog now offers to keep, replace or remove the App API key; no key reaches the browser.
  await card.getByRole("button", { name: "Edit Lifecycle workspace" }).click();
  await expect(edit.getByText(`Leave empty to keep the key ending in ${appApiKey.slice(-4)}.`)).toBeVisible();
  await expect(edit.getByLabel("Remove the App API key")).not.toBeChecked();
  const html = [await page.content(), await (await page.request.get("/connections")).text()];
  for (const secret of [stand.trackApiKey, rotatedTrackApiKey, appApiKey]) {
    for (const text of html) expect(text).not.toContain(secret);
  }
});

test("deleting a connection a zap uses turns the zap off; connecting the workspace again moves the zap back in one click", async ({ page, baseURL }) => {
  test.skip(seedingUnavailable, SEEDING_NEEDS);
  const signingSecret = `whsec_${"e2eMoveSigningSecret".repeat(2)}`;
  const email = await signUp(page, { label: "move-zaps" });
  const zap = seedPublishedZap({ email, name: "Cancellations to Customer.io", personId: "{{trigger.customer}}", signingSecret });

  // The confirmation names the zap that uses the connection.
  await page.goto("/connections");
  const oldCard = page.getByRole("listitem", { name: "customerio (test)" });
  await oldCard.getByRole("button", { name: "Delete customerio (test)" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete “customerio (test)”?" });
  await expect(confirm.getByRole("list", { name: "Zaps that use this connection" })).toContainText("Cancellations to Customer.io (on)");
  await confirm.getByRole("button", { name: "Delete connection" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Deleted “customerio (test)”. 1 zap was turned off." })).toBeVisible();

  await page.goto("/zaps");
  const toggle = page.getByRole("switch", { name: "Zap “Cancellations to Customer.io” on" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText(/Its Customer.io connection was deleted/)).toBeVisible();

  // Connecting the same workspace again offers to move the zap, in one click.
  await page.goto("/connections");
  await page.getByRole("button", { name: "Connect Customer.io" }).click();
  const connect = page.getByRole("dialog", { name: "Connect Customer.io" });
  await connect.getByLabel("Site ID").fill(stand.siteId);
  await connect.getByLabel("Track API key").fill(stand.trackApiKey);
  await connect.getByLabel("Name (optional)").fill("Reconnected workspace");
  await connect.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(connect).toBeHidden();
  const newCard = page.getByRole("listitem", { name: "Reconnected workspace" });
  await expect(newCard.getByText("1 zap used your deleted Customer.io connection of this account; it was turned off when it was deleted.")).toBeVisible();
  await newCard.getByRole("button", { name: "Move it here and turn it back on" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Moved 1 zap to this connection and turned 1 back on." })).toBeVisible();
  await expect(newCard.getByRole("button", { name: /Move it here/ })).toHaveCount(0);

  await page.goto("/zaps");
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText(/Its Customer.io connection was deleted/)).toHaveCount(0);

  // It runs through the new connection.
  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId, signingSecret });
  await page.goto("/runs");
  const row = page.getByRole("row").filter({ hasText: "Cancellations to Customer.io" });
  await expect(row.getByText("Succeeded")).toBeVisible();
  // The new connection is the one the zap uses now: its delete confirmation names the zap.
  await page.goto("/connections");
  await newCard.getByRole("button", { name: "Delete Reconnected workspace" }).click();
  const confirmNew = page.getByRole("alertdialog", { name: "Delete “Reconnected workspace”?" });
  await expect(confirmNew.getByRole("list", { name: "Zaps that use this connection" })).toContainText("Cancellations to Customer.io (on)");
  await confirmNew.getByRole("button", { name: "Keep it" }).click();
});
