// Failure notifications end to end: a run that fails for good in the worker shows as a badge beside
// "Runs" (the header polls for it), and opening the run history clears it.
import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures/accounts";
import { postSignedEvent, SEEDING_NEEDS, seedingUnavailable, seedPublishedZap } from "./fixtures/seeded-zaps";

const SIGNING_SECRET = `whsec_${"e2eNotifySigningSecret".repeat(2)}`;

test.skip(seedingUnavailable, SEEDING_NEEDS);

const seedFailingZap = ({ email, name }: { email: string; name: string }) =>
  seedPublishedZap({ email, name, personId: "x".repeat(151), signingSecret: SIGNING_SECRET });

test("a run that fails for good shows a badge beside Runs until the run history is opened", async ({ page, baseURL }) => {
  const email = await signUp(page, { label: "notify" });
  const zap = seedFailingZap({ email, name: "Identify churned customer" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Runs" })).toBeVisible();
  await expect(nav.getByRole("img", { name: /failed runs? since you last looked/ })).toHaveCount(0);

  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId, signingSecret: SIGNING_SECRET });
  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId, signingSecret: SIGNING_SECRET });
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
