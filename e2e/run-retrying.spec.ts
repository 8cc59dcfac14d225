// A run that waits for its next attempt, in the browser: Customer.io answers the first call with a 503
// and asks for a 10-minute wait (through the stand-in's control API), and the Runs list and the run page
// say so honestly: Retrying, which attempt comes next and when, and the last error.
import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures/accounts";
import { postSignedEvent, SEEDING_NEEDS, seedingUnavailable, seedPublishedZap } from "./fixtures/seeded-zaps";

const SIGNING_SECRET = `whsec_${"e2eRunRetryingSecret".repeat(2)}`;
const CONTROL_URL = process.env.E2E_CUSTOMERIO_CONTROL_URL ?? "";

test.skip(seedingUnavailable || CONTROL_URL === "", `${SEEDING_NEEDS}, and its control API (E2E_CUSTOMERIO_CONTROL_URL)`);

test("a run waiting for its next attempt reads Retrying, with the attempt, when it comes and the last error", async ({ page, baseURL }) => {
  const email = await signUp(page, { label: "retrying" });
  const name = "Cancellation while Customer.io is down";
  const zap = seedPublishedZap({ email, name, personId: "{{trigger.customer}}", signingSecret: SIGNING_SECRET });
  // Retry-After (10 minutes) beats the schedule's first delay, so the run waits throughout the test.
  const fault = await fetch(`${CONTROL_URL}/fail-next`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ status: 503, headers: { "Retry-After": "600" }, api: "track", times: 1 }),
  });
  expect(fault.status).toBe(204);
  await postSignedEvent({ baseURL: baseURL ?? "", connectionId: zap.stripeId, signingSecret: SIGNING_SECRET });

  await page.goto(`/runs?zapId=${zap.zapId}`);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByText("Retrying")).toBeVisible({ timeout: 20_000 });
  await expect(row).toContainText(/attempt 2 of \d+ · next at \S.*· last error: Step \d+ failed: Customer\.io had a server error \(HTTP 503\)\./);
  await expect(row).toContainText("Customer.io asked to wait 600 s.");

  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("Retrying", { exact: true })).toBeVisible();
  await expect(page.getByText(/attempt 2 of \d+ · next at \S.*· last error: Step \d+ failed: Customer\.io had a server error \(HTTP 503\)\./)).toBeVisible();
  // The run's duration runs from its first attempt and goes on while it waits.
  await expect(page.getByText(/ so far$/)).toBeVisible();
  const attempts = page.getByRole("region", { name: "Attempts" });
  await expect(attempts).toContainText("Attempt 1");
});
