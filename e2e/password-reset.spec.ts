// "Forgot password?" end to end: the emailed link (read from the local SMTP server the launcher
// starts, E2E_MAIL_INBOX_URL), choosing a new password, every session signed out, the link used up.
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./fixtures/accounts";

const INBOX = process.env.E2E_MAIL_INBOX_URL ?? "";
const NEW_PASSWORD = "harbor-meadow-violin-77";
const REQUESTED = "If an account uses this email, a link to choose a new password is on its way.";

test.skip(!INBOX, "needs the SMTP server that `npm test` starts (E2E_MAIL_INBOX_URL)");

async function emailsTo(address: string): Promise<{ subject: string; text: string }[]> {
  const response = await fetch(`${INBOX}?to=${encodeURIComponent(address)}`);
  return (await response.json()) as { subject: string; text: string }[];
}

async function askForLink(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(REQUESTED);
}

test("a forgotten password is reset through the emailed link, which signs out every session and works once", async ({ page, browser, baseURL }) => {
  const email = await signUp(page, { label: "reset" });
  const signedOut = await browser.newContext();
  const visitor = await signedOut.newPage();

  await askForLink(visitor, email);
  await expect.poll(async () => (await emailsTo(email)).length).toBe(1);
  const [mail] = await emailsTo(email);
  expect(mail?.subject).toBe("Conduit: choose a new password");
  const link = new RegExp(`${baseURL}/reset-password\\?token=[A-Za-z0-9_-]+`).exec(mail?.text ?? "")?.[0];
  expect(link).toBeTruthy();

  await visitor.goto(link ?? "");
  await expect(visitor.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await visitor.getByLabel("New password", { exact: true }).fill("password123");
  await visitor.getByLabel("Confirm new password").fill("password123");
  await visitor.getByRole("button", { name: "Set new password" }).click();
  await expect(visitor.getByText("This password is too common and easy to guess.")).toBeVisible();

  await visitor.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await visitor.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await visitor.getByRole("button", { name: "Set new password" }).click();
  await expect(visitor).toHaveURL(/\/sign-in\?reset=done$/);
  await expect(visitor.getByText("Your password was changed and every session signed out.")).toBeVisible();

  // The browser that was signed in is signed out; its cookie no longer describes a session.
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  await page.goto("/zaps");
  await expect(page).toHaveURL(/\/sign-in/);

  // The old password is refused, the new one works.
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByLabel("Password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");
  await visitor.getByLabel("Password").fill(NEW_PASSWORD);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor).toHaveURL(/\/zaps$/);

  // The link was used up.
  await visitor.goto(link ?? "");
  await expect(visitor.getByRole("main").getByRole("alert")).toHaveText("This reset link has expired or was already used. Ask for a new one.");
  await expect(visitor.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
  await signedOut.close();
});

test("an email without an account gets the same answer, and no email", async ({ page }) => {
  const nobody = uniqueEmail("nobody");
  await askForLink(page, nobody);
  // A known address asked for after it gets its email; by then nothing went to the unknown one.
  const known = await signUp(page, { label: "reset-known" });
  await page.context().clearCookies();
  await askForLink(page, known);
  await expect.poll(async () => (await emailsTo(known)).length).toBe(1);
  expect(await emailsTo(nobody)).toEqual([]);
});
