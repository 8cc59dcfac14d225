import { expect, test, type Browser, type Page } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./fixtures/accounts";

async function signUp(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The form's error message (Next.js's route announcer is an empty alert outside <main>). */
function formAlert(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Account" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test("sign up, see what to do next, sign out, sign in, wrong password, then the rate limit", async ({ page }) => {
  const email = uniqueEmail("journey");
  await signUp(page, email);

  await expect(page).toHaveURL(/\/zaps$/);
  await expect(page.getByRole("heading", { name: "Zaps", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Connect Stripe" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Connect Stripe/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Create your first zap" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const item of ["Zaps", "Runs", "Connections"]) await expect(nav.getByRole("link", { name: item })).toBeVisible();

  await signOut(page);
  await page.goto("/zaps");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, email.toUpperCase(), PASSWORD);
  await expect(page).toHaveURL(/\/zaps$/);
  await signOut(page);

  await signIn(page, email, "not-the-password");
  await expect(formAlert(page)).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/sign-in/);

  // Five wrong attempts are allowed; the sixth starts the back-off and says when to retry.
  for (let attempt = 2; attempt <= 5; attempt += 1) {
    await signIn(page, email, `wrong-${attempt}`);
    await expect(formAlert(page)).toHaveText("Wrong email or password.");
  }
  await signIn(page, email, "wrong-6");
  await expect(formAlert(page)).toHaveText("Too many sign-in attempts. Try again in 30 seconds.");
  // Even the right password waits until the block ends.
  await signIn(page, email, PASSWORD);
  await expect(formAlert(page)).toContainText("Too many sign-in attempts. Try again in");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an unknown email gets the same answer as a wrong password", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, uniqueEmail("nobody"), PASSWORD);
  await expect(formAlert(page)).toHaveText("Wrong email or password.");
});

test("sign-up refuses bad input and says what to change", async ({ page }) => {
  const email = uniqueEmail("taken");
  await signUp(page, email);
  await expect(page).toHaveURL(/\/zaps$/);
  await signOut(page);

  await signUp(page, email.toUpperCase());
  await expect(page.getByText("This email cannot be used for a new account. If you already have one, sign in or reset your password.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);

  await signUp(page, "not-an-email");
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();

  await signUp(page, uniqueEmail("long"), "x1".repeat(65));
  await expect(page.getByText("Use at most 128 characters.")).toBeVisible();

  await signUp(page, uniqueEmail("weak"), "password123");
  await expect(page.getByText("This password is too common and easy to guess. Choose a less predictable one.")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
});

test("pages need a session; sign-in returns to the page that was asked for", async ({ page }) => {
  for (const path of ["/zaps", "/runs", "/connections"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in/);
  }
  const email = uniqueEmail("return");
  await signUp(page, email);
  await expect(page).toHaveURL(/\/zaps$/);
  await signOut(page);

  await page.goto("/sign-in?callbackUrl=%2Fruns");
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/runs$/);
  await expect(page.getByRole("heading", { name: "No runs yet" })).toBeVisible();
});

test("the health endpoint answers without a session", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "up", redis: "up" });
});

test("the account menu works from the keyboard", async ({ page }) => {
  await signUp(page, uniqueEmail("keyboard"));
  await expect(page).toHaveURL(/\/zaps$/);
  const account = page.getByRole("button", { name: "Account" });
  await account.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Account settings" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeHidden();
  await expect(account).toBeFocused();
});

test("signing out ends the session on the server, not just in this browser", async ({ page, context }) => {
  await signUp(page, uniqueEmail("revoke"));
  await expect(page).toHaveURL(/\/zaps$/);
  const cookies = await context.cookies();
  const sessionCookie = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(sessionCookie?.httpOnly).toBe(true);
  expect(sessionCookie?.sameSite).toBe("Lax");

  await signOut(page);
  // Put the old cookie back, as someone who copied it would.
  await context.addCookies(cookies);
  await page.goto("/zaps");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in to Conduit" })).toBeVisible();
});

async function signInInNewBrowser(browser: Browser, email: string, password = PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/zaps$/);
  return { context, page };
}

test("changing the password signs the other browser out and keeps this one signed in", async ({ page, browser }) => {
  const email = uniqueEmail("change");
  const newPassword = "harbor-meadow-violet-77";
  await signUp(page, email);
  await expect(page).toHaveURL(/\/zaps$/);
  const other = await signInInNewBrowser(browser, email);

  await page.getByRole("button", { name: "Account" }).click();
  await page.getByRole("menuitem", { name: "Account settings" }).click();
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  const sessions = page.getByRole("list", { name: "Sessions" }).getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.first()).toContainText("This browser");

  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not right. Enter the password you sign in with.")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(`${newPassword}!`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The two new passwords differ. Type the same new password twice.")).toBeVisible();

  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toHaveText("Password changed. 1 other session was signed out.");

  // The other browser is out on its next navigation; this one stays in.
  await other.page.goto("/connections");
  await expect(other.page).toHaveURL(/\/sign-in/);
  await page.goto("/connections");
  await expect(page.getByRole("heading", { name: "Connections", level: 1 })).toBeVisible();

  // The old password no longer works; the new one does.
  await signIn(other.page, email, PASSWORD);
  await expect(formAlert(other.page)).toHaveText("Wrong email or password.");
  await signIn(other.page, email, newPassword);
  await expect(other.page).toHaveURL(/\/connections$/);
  await other.context.close();
});

test("the account page signs out one other session, then everywhere else", async ({ page, browser }) => {
  const email = uniqueEmail("sessions");
  await signUp(page, email);
  await expect(page).toHaveURL(/\/zaps$/);
  const laptop = await signInInNewBrowser(browser, email);
  const phone = await signInInNewBrowser(browser, email);

  await page.goto("/account");
  const sessions = page.getByRole("list", { name: "Sessions" }).getByRole("listitem");
  await expect(sessions).toHaveCount(3);
  await sessions
    .nth(1)
    .getByRole("button", { name: /^Sign out / })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Signed out" })).toBeVisible();
  await expect(sessions).toHaveCount(2);

  const stillIn = async (other: { page: Page }) => {
    await other.page.goto("/zaps");
    return !new URL(other.page.url()).pathname.startsWith("/sign-in");
  };
  expect([await stillIn(laptop), await stillIn(phone)].sort()).toEqual([false, true]);

  await page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Signed out 1 other session." })).toBeVisible();
  await expect(sessions).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Sign out everywhere else" })).toBeDisabled();
  expect([await stillIn(laptop), await stillIn(phone)]).toEqual([false, false]);
  await page.goto("/zaps");
  await expect(page.getByRole("heading", { name: "Zaps", level: 1 })).toBeVisible();
  await laptop.context.close();
  await phone.context.close();
});
