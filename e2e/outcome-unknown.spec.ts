// Effects that happen once, in the browser: a transactional email whose reply was lost (the Customer.io
// stand-in accepts it and drops the connection, through its control API) is not sent again; the run
// page says what is known, and "Send again" / "Mark as sent" carry the run on.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./fixtures/accounts";
import { postSignedEvent, SEEDING_NEEDS, seedingUnavailable, seedPublishedZap } from "./fixtures/seeded-zaps";

const SIGNING_SECRET = `whsec_${"e2eOutcomeUnknownSecret".repeat(2)}`;
const CONTROL_URL = process.env.E2E_CUSTOMERIO_CONTROL_URL ?? "";

test.skip(seedingUnavailable || CONTROL_URL === "", `${SEEDING_NEEDS}, and its control API (E2E_CUSTOMERIO_CONTROL_URL)`);

async function loseNextEmailReply(): Promise<void> {
  const answer = await fetch(`${CONTROL_URL}/fail-next`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ drop: "after", path: "/v1/send/email" }),
  });
  expect(answer.status).toBe(204);
}

async function emailsTo(address: string): Promise<number> {
  const answer = await fetch(`${CONTROL_URL}/deliveries?to=${encodeURIComponent(address)}`);
  return ((await answer.json()) as { count: number }).count;
}

/** Sends an event whose email reply is lost, and opens its run from the Runs list. */
async function openRunWithLostReply({ page, baseURL, zap, name }: { page: Page; baseURL: string; zap: { stripeId: string; zapId: string }; name: string }) {
  await loseNextEmailReply();
  await postSignedEvent({ baseURL, connectionId: zap.stripeId, signingSecret: SIGNING_SECRET });
  await page.goto(`/runs?zapId=${zap.zapId}&status=NEEDS_ATTENTION`);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByText("Needs attention")).toBeVisible({ timeout: 20_000 });
  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
}

test("a lost reply on a transactional email reads Outcome unknown; Send again and Mark as sent work", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const email = await signUp(page, { label: "outcome-unknown" });
  const to = `receipt-${randomUUID()}@example.com`;
  const name = "Receipt email";
  const zap = seedPublishedZap({ email, name, personId: "{{trigger.customer}}", signingSecret: SIGNING_SECRET, emailTo: to });

  await openRunWithLostReply({ page, baseURL: baseURL ?? "", zap, name });
  const step = page.getByRole("listitem", { name: "Step 2: Send transactional email" });
  await expect(step.getByText("Outcome unknown")).toBeVisible();
  const note = step.getByRole("note", { name: "Outcome unknown" });
  await expect(note).toContainText(/Request sent at .*\d{1,2}:\d{2}.*, no answer: Customer.io may or may not have sent this email\./);
  await expect(note.getByRole("button", { name: "Mark as sent" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Replay/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Attempts" })).toContainText("Outcome unknown at step 2");
  expect(await emailsTo(to)).toBe(1);

  await note.getByRole("button", { name: "Send again" }).click();
  await expect(step.getByText("Succeeded")).toBeVisible({ timeout: 20_000 });
  await expect(step.getByRole("button", { name: "Send again" })).toHaveCount(0);
  expect(await emailsTo(to)).toBe(2);

  await openRunWithLostReply({ page, baseURL: baseURL ?? "", zap, name });
  expect(await emailsTo(to)).toBe(3);
  const second = page.getByRole("listitem", { name: "Step 2: Send transactional email" });
  await second.getByRole("button", { name: "Mark as sent" }).click();
  await expect(second.getByText("Succeeded")).toBeVisible({ timeout: 20_000 });
  await expect(second.getByText(/you marked it as sent/)).toBeVisible();
  expect(await emailsTo(to)).toBe(3);
});
