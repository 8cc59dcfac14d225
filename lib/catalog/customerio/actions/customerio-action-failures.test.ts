// Every action, through the real SDK against the stand-in, for each kind of failure: how it is
// classified, and that the SDK made exactly one request (BullMQ owns retries).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionDefinition } from "@/lib/catalog/define";
import type { Fields } from "@/lib/catalog/field";
import { addToSegment } from "@/lib/catalog/customerio/actions/add-to-segment";
import { deletePerson } from "@/lib/catalog/customerio/actions/delete-person";
import { identifyPerson } from "@/lib/catalog/customerio/actions/identify-person";
import { removeFromSegment } from "@/lib/catalog/customerio/actions/remove-from-segment";
import { sendTransactionalEmail } from "@/lib/catalog/customerio/actions/send-transactional-email";
import { trackAnonymousEvent } from "@/lib/catalog/customerio/actions/track-anonymous-event";
import { trackEvent } from "@/lib/catalog/customerio/actions/track-event";
import { unsubscribePerson } from "@/lib/catalog/customerio/actions/unsubscribe-person";
import { classifyCustomerioError } from "@/lib/catalog/customerio/classify-customerio-error";
import type { CustomerioClient } from "@/lib/catalog/customerio/create-customerio-client";
import { startCustomerioTestbed, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";
import type { FailNextOptions } from "@/demo/stand-ins/customerio-stand-in";
import { closedPort } from "@/test/closed-port";
import { said } from "@/lib/i18n/user-message";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

interface Case {
  action: ActionDefinition<Fields, CustomerioClient, unknown>;
  input: Record<string, unknown>;
  api: "track" | "app";
}

const ACTIONS: Case[] = [
  { action: identifyPerson, input: { personId: "p1", attributes: { plan: "pro" } }, api: "track" },
  { action: trackEvent, input: { personId: "p1", name: "payment_failed" }, api: "track" },
  { action: trackAnonymousEvent, input: { anonymousId: "a1", name: "viewed_pricing" }, api: "track" },
  { action: addToSegment, input: { segmentId: 1, personIds: "p1" }, api: "track" },
  { action: removeFromSegment, input: { segmentId: 1, personIds: "p1" }, api: "track" },
  { action: deletePerson, input: { personId: "p1" }, api: "track" },
  { action: unsubscribePerson, input: { personId: "p1" }, api: "track" },
  { action: sendTransactionalEmail, input: { transactionalMessageId: 3, to: "a@example.com", identifier: "a@example.com" }, api: "app" },
];

const errorBody = (api: Case["api"], message: string) => (api === "app" ? { meta: { error: message } } : { meta: { errors: [message] } });

async function failureOf({ action, input }: Case, client?: CustomerioClient) {
  const error = await testbed.run({ action, input, client }).then(
    () => {
      throw new Error("expected the action to fail");
    },
    (e: unknown) => e,
  );
  return classifyCustomerioError({ error });
}

describe.each(ACTIONS.map((entry) => ({ ...entry, key: entry.action.key })))("$key", (entry) => {
  it.each<{ name: string; failure: (api: Case["api"]) => FailNextOptions; expected: Record<string, unknown> }>([
    {
      name: "400 → permanent, with Customer.io's message",
      failure: (api) => ({ status: 400, body: errorBody(api, "something is invalid") }),
      expected: { kind: "permanent", status: 400, message: "Customer.io rejected the request (HTTP 400: something is invalid)." },
    },
    {
      name: "404 → permanent",
      failure: () => ({ status: 404 }),
      expected: { kind: "permanent", status: 404 },
    },
    {
      name: "429 with Retry-After → transient, with the wait",
      failure: () => ({ status: 429, headers: { "retry-after": "3" } }),
      expected: { kind: "transient", status: 429, retryAfterMs: 3000 },
    },
    {
      name: "503 → transient",
      failure: () => ({ status: 503 }),
      expected: { kind: "transient", status: 503, message: "Customer.io had a server error (HTTP 503)." },
    },
    {
      name: "500 → unknown (it may come after Customer.io accepted the request)",
      failure: () => ({ status: 500 }),
      expected: { kind: "unknown", status: 500, message: "Customer.io had a server error (HTTP 500). It may or may not have received the request." },
    },
    {
      name: "an HTML 502 from a proxy → unknown (the proxy may have passed it on)",
      failure: () => ({ status: 502, body: "<html>502 Bad Gateway</html>" }),
      expected: { kind: "unknown", message: expect.stringContaining("not JSON") },
    },
    {
      name: "a connection closed before the answer → unknown",
      failure: () => ({ drop: "before" }),
      expected: { kind: "unknown", message: expect.stringContaining("may or may not have received the request") },
    },
  ])("$name, in one request", async ({ failure, expected }) => {
    testbed.standIn.failNext(failure(entry.api));
    expect(await failureOf(entry)).toMatchObject(expected);
    expect(testbed.standIn.requests).toHaveLength(1);
  });

  it("401 → permanent, pointing at the credentials", async () => {
    const client = testbed.clientWith({ settings: { trackApiKey: "wrong", appApiKey: "wrong" } });
    const hint = entry.api === "app" ? "Check the App API key and region" : "Check the Track API key and site ID / region";
    expect(await failureOf(entry, client)).toMatchObject({ kind: "permanent", status: 401, message: expect.stringContaining(hint) });
    expect(testbed.standIn.requests).toHaveLength(1);
  });

  it("no answer within the timeout → unknown", async () => {
    testbed.standIn.failNext({ hang: true });
    expect(await failureOf(entry, testbed.clientWith({ timeoutMs: 150 }))).toEqual({
      kind: "unknown",
      message: "Customer.io did not answer in time; it may or may not have received the request.",
      userMessage: said("runErrors.customerio.noAnswerInTime"),
    });
    expect(testbed.standIn.requests).toHaveLength(1);
  });

  it("a refused connection → transient (nothing was sent)", async () => {
    const base = `http://127.0.0.1:${await closedPort()}`;
    expect(await failureOf(entry, testbed.clientWith({ trackUrl: base, appUrl: base }))).toMatchObject({
      kind: "transient",
      message: expect.stringContaining("ECONNREFUSED"),
    });
  });

  it("a base URL with a path Customer.io does not serve → permanent 404", async () => {
    const client = testbed.clientWith({ trackUrl: `${testbed.standIn.trackUrl}/nope`, appUrl: `${testbed.standIn.appUrl}/nope` });
    expect(await failureOf(entry, client)).toMatchObject({ kind: "permanent", status: 404 });
  });
});
