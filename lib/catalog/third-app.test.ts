// Adding an app is a folder under lib/catalog/ and a line in the registry: this test declares a third
// app (an outgoing webhook: one connection setting, one secret, one action) only here, adds it to the
// registry's list, and runs it through the code every app goes through, with no edit elsewhere:
// connected through the generic connect form (its fields, its verify), listed with its own facts,
// stored and decoded as a connection, checked at publish, executed by a run, step-tested in the builder.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { describeConnectForms } from "@/lib/catalog/describe-connect-forms";
import { db } from "@/lib/db";
import { recordStripeEvent } from "@/lib/catalog/stripe/intake/record-stripe-event";
import { executeRun } from "@/lib/runs/execute-run";
import { createConnection } from "@/lib/connections/create-connection";
import { listConnections } from "@/lib/connections/list-connections";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { builderConnections } from "@/lib/zaps/builder-connections";
import { checkZapConnections } from "@/lib/zaps/check-zap-connections";
import { createZap } from "@/lib/zaps/create-zap";
import { publishZap } from "@/lib/zaps/publish-zap";
import { testZapStep } from "@/lib/zaps/test-zap-step";
import { closedPort } from "@/test/closed-port";
import { createTestConnection } from "@/test/create-test-connection";

vi.mock("@/lib/catalog/registry", async (importOriginal) => {
  const { apps } = await importOriginal<typeof import("@/lib/catalog/registry")>();
  const { defineAction, defineApp } = await import("@/lib/catalog/define");
  const { field } = await import("@/lib/catalog/field");
  const { sentRequest } = await import("@/lib/http/sent-request");
  const { z } = await import("zod");

  class HookError extends Error {
    constructor(
      readonly status: number | undefined,
      message: string,
    ) {
      super(message);
    }
  }
  type HookConnection = { id: string; app: "outgoing_webhook"; url: string; token: string };
  type HookClient = { post(body: Record<string, unknown>): Promise<unknown> };

  const postMessage = defineAction({
    key: "post_message",
    name: "Post a message",
    description: "Posts a JSON message to the webhook.",
    inputs: { text: field.text({ label: "Text", required: true }) },
    outputFields: [{ path: "accepted", label: "Accepted", type: "boolean" }],
    idempotent: true,
    run: ({ input, client, idempotencyKey }: { input: { text: string }; client: HookClient; idempotencyKey: string }) =>
      client.post({ text: input.text, id: idempotencyKey }),
  });

  const outgoingWebhook = defineApp<HookConnection>({
    key: "outgoing_webhook",
    name: "Outgoing webhook",
    description: "Posts JSON to a URL of yours.",
    triggers: [],
    lookups: [],
    actions: [postMessage],
    connection: {
      fields: {
        url: field.text({ label: "Webhook URL", required: true, example: "https://hooks.example.com/conduit" }),
        token: field.secret({ label: "Token", required: true, help: "Sent as a bearer token." }),
        label: field.text({ label: "Name" }),
      },
      purpose: "Conduit posts JSON to your URL.",
      async verify({ values }) {
        const { url, token } = values as { url: string; token: string };
        const answers = await fetch(`${url}/ping`).then(
          (response) => response.ok,
          () => false,
        );
        if (!answers) return { ok: false, fieldErrors: { url: "The webhook does not answer: check the URL." } };
        return { ok: true, config: { url }, secrets: { token }, defaultLabel: `Webhook (${new URL(url).host})` };
      },
      alreadyConnected: ({ label }) => ({ ok: false, fieldErrors: { url: `This URL is already connected as “${label}”.` } }),
      accountKey: (config) => z.object({ url: z.string() }).safeParse(config).data?.url ?? null,
      async describe({ config }) {
        const { url } = z.object({ url: z.url() }).parse(config);
        return {
          details: { url },
          facts: [{ term: "URL", lines: [{ text: url, style: "code" }] }],
          summary: new URL(url).host,
          deleteConsequence: "Nothing is posted to it any more.",
        };
      },
      decode: ({ id, config, secrets }) => ({
        id,
        app: "outgoing_webhook",
        url: z.object({ url: z.url() }).parse(config).url,
        token: z.object({ token: z.string() }).parse(secrets).token,
      }),
      check: ({ url }) =>
        fetch(`${url}/ping`).then(
          (response) => (response.ok ? null : "The webhook does not answer."),
          () => "The webhook does not answer.",
        ),
    },
    createClient: ({ connection, exchanges, dryRun }) => ({
      async post(body: Record<string, unknown>) {
        const text = JSON.stringify(body);
        const headers = { authorization: `Bearer ${connection.token}`, "content-type": "application/json" };
        const exchange = { request: sentRequest({ method: "POST", url: connection.url, headers, body: text }) };
        exchanges.push(exchange);
        if (dryRun) throw new HookError(undefined, "dry run: not sent");
        const response = await fetch(connection.url, { method: "POST", headers, body: text });
        const answer = (await response.json()) as Record<string, unknown>;
        Object.assign(exchange, { response: { status: response.status, body: answer } });
        if (!response.ok) throw new HookError(response.status, `The webhook answered HTTP ${response.status}.`);
        return answer;
      },
    }),
    classifyError: (error) => {
      const status = error instanceof HookError ? error.status : undefined;
      return {
        kind: status !== undefined && status < 500 ? "permanent" : "transient",
        message: error instanceof Error ? error.message : String(error),
        status,
      };
    },
  });
  return { apps: [...apps, outgoingWebhook] };
});

const TOKEN = "hook-token-0123456789abcdef";
const received: { authorization?: string; body: unknown }[] = [];
const hook = createServer((request: IncomingMessage, response) => {
  let text = "";
  request.on("data", (chunk: Buffer) => (text += chunk.toString()));
  request.on("end", () => {
    if (request.url !== "/ping") received.push({ authorization: request.headers.authorization, body: JSON.parse(text) as unknown });
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ accepted: true }));
  });
});
await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}`;
afterAll(() => new Promise((resolve) => hook.close(resolve)));
beforeEach(() => received.splice(0));

/** A user with a Stripe connection, and an outgoing-webhook connection made through the connect form's path. */
async function connectedUser() {
  const user = await db.user.create({ data: { email: `third-app-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const stripe = await createTestConnection({
    userId: user.id,
    app: "stripe",
    secrets: { secretKey: "sk_test_not_called", webhookSigningSecret: "whsec_third_app_test_secret_01" },
    config: { accountId: "acct_test", accountName: "Test account", livemode: false, keyLast4: "lled", webhook: { mode: "manual", signingSecretLast4: "t_01" } },
  });
  const connected = await createConnection({ userId: user.id, app: "outgoing_webhook", values: { url: hookUrl, token: TOKEN, label: "My webhook" } });
  if (!connected.ok) throw new Error(`connecting the webhook failed: ${JSON.stringify(connected)}`);
  return { userId: user.id, stripeId: stripe.id, hookId: connected.connectionId };
}

async function zapPosting({ userId, stripeId, hookId }: { userId: string; stripeId: string; hookId: string }) {
  const zap = await createZap({
    userId,
    input: {
      name: "Cancellations to my webhook",
      definition: {
        trigger: { app: "stripe", key: "subscription_canceled", connectionId: stripeId, options: {} },
        filter: null,
        steps: [{ id: "post", app: "outgoing_webhook", key: "post_message", connectionId: hookId, inputs: { text: "{{trigger.customer}} canceled" } }],
      },
    },
  });
  return zap.id;
}

const event = subscriptionDeleted as unknown as Stripe.Event;
const customer = (event.data.object as Stripe.Subscription).customer as string;

describe("a third app, declared only in this test", () => {
  it("gets a connect form from its fields, is connected with its own verify, and refused when that fails", async () => {
    expect(describeConnectForms().find((form) => form.app === "outgoing_webhook")).toEqual({
      app: "outgoing_webhook",
      appName: "Outgoing webhook",
      purpose: "Conduit posts JSON to your URL.",
      fields: [
        { name: "url", kind: "text", label: "Webhook URL", example: "https://hooks.example.com/conduit", required: true, multiline: false },
        { name: "token", kind: "text", label: "Token", help: "Sent as a bearer token.", required: true, multiline: false, code: true, secret: true },
        { name: "label", kind: "text", label: "Name", required: false, multiline: false },
      ],
    });

    const user = await db.user.create({ data: { email: `third-app-${randomUUID()}@example.com`, passwordHash: "not-used" } });
    expect(await createConnection({ userId: user.id, app: "outgoing_webhook", values: { url: "", token: TOKEN } })).toEqual({
      ok: false,
      fieldErrors: { url: "Webhook URL is required." },
    });
    const closed = `http://127.0.0.1:${await closedPort()}`;
    expect(await createConnection({ userId: user.id, app: "outgoing_webhook", values: { url: closed, token: TOKEN } })).toEqual({
      ok: false,
      fieldErrors: { url: "The webhook does not answer: check the URL." },
    });
    expect(await db.connection.count({ where: { userId: user.id } })).toBe(0);

    const connected = await createConnection({ userId: user.id, app: "outgoing_webhook", values: { url: hookUrl, token: TOKEN } });
    expect(connected).toEqual({ ok: true, connectionId: expect.any(String), label: `Webhook (${new URL(hookUrl).host})` });
    expect(await createConnection({ userId: user.id, app: "outgoing_webhook", values: { url: hookUrl, token: "another-token-0123456789" } })).toEqual({
      ok: false,
      fieldErrors: { url: `This URL is already connected as “Webhook (${new URL(hookUrl).host})”.` },
    });
    const row = await db.connection.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ app: "outgoing_webhook", config: { url: hookUrl }, status: "ACTIVE" });
    expect(row.secretsCiphertext).not.toContain(TOKEN);
  });

  it("is listed with the facts its describe gives, on the Connections page and in the builder's picker", async () => {
    const { userId, hookId } = await connectedUser();
    const listed = (await listConnections({ userId })).find((connection) => connection.id === hookId);
    expect(listed).toMatchObject({
      app: "outgoing_webhook",
      appName: "Outgoing webhook",
      label: "My webhook",
      details: { url: hookUrl },
      facts: [{ term: "URL", lines: [{ text: hookUrl, style: "code" }] }],
      deleteConsequence: "Nothing is posted to it any more.",
    });
    expect(JSON.stringify(listed)).not.toContain(TOKEN);
    expect(builderConnections({ connections: listed ? [listed] : [] })).toEqual([
      { id: hookId, app: "outgoing_webhook", label: "My webhook", detail: new URL(hookUrl).host, working: true, statusMessage: null, note: null },
    ]);
  });

  it("is stored and decoded as a connection, through the app's own declaration", async () => {
    const { userId, hookId } = await connectedUser();
    expect(await readConnectionSecrets({ userId, connectionId: hookId })).toEqual({ id: hookId, app: "outgoing_webhook", url: hookUrl, token: TOKEN });
  });

  it("is checked with its own check when a zap using it is published", async () => {
    const steps = (hookId: string) => [{ id: "post", app: "outgoing_webhook", key: "post_message", connectionId: hookId, inputs: { text: "hello" } }];
    const working = await connectedUser();
    expect(await checkZapConnections({ userId: working.userId, definition: { trigger: null, filter: null, steps: steps(working.hookId) } })).toEqual([]);
    // The webhook moves away after it was connected.
    const gone = await connectedUser();
    await db.connection.update({ where: { id: gone.hookId }, data: { config: { url: `http://127.0.0.1:${await closedPort()}` } } });
    expect(await checkZapConnections({ userId: gone.userId, definition: { trigger: null, filter: null, steps: steps(gone.hookId) } })).toEqual([
      { where: "post", message: "The webhook does not answer." },
    ]);
  });

  it("is executed by a run of a published zap, with its request recorded and its secret masked", async () => {
    const user = await connectedUser();
    const zapId = await zapPosting(user);
    // The Stripe trigger's key is a placeholder here: the check of this app is the test above.
    expect(await publishZap({ userId: user.userId, zapId, verifyConnections: false })).toMatchObject({ ok: true });

    const recorded = await recordStripeEvent({
      connection: { id: user.stripeId, userId: user.userId },
      event: { ...event, id: `evt_${randomUUID().replaceAll("-", "")}` },
    });
    const [runId] = recorded.runIds;
    if (!runId) throw new Error("the event started no run");
    expect(await executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });

    expect(received).toEqual([{ authorization: `Bearer ${TOKEN}`, body: { text: `${customer} canceled`, id: `${runId}:post` } }]);
    const step = await db.runStep.findFirstOrThrow({ where: { runId }, select: { status: true, app: true, output: true, request: true } });
    expect(step).toMatchObject({ status: "SUCCEEDED", app: "outgoing_webhook", output: { accepted: true } });
    expect(JSON.stringify(step.request)).not.toContain(TOKEN);
  });

  it("is step-tested in the builder: a dry run shows the request and sends nothing, a send posts it", async () => {
    const user = await connectedUser();
    const zapId = await zapPosting(user);

    const dryRun = await testZapStep({ userId: user.userId, zapId, stepId: "post", mode: "dry_run" });
    expect(dryRun).toMatchObject({ ok: true, renderedInput: { text: `${customer} canceled` }, request: [{ method: "POST", url: hookUrl }] });
    expect(received).toEqual([]);

    const sent = await testZapStep({ userId: user.userId, zapId, stepId: "post", mode: "send" });
    expect(sent).toMatchObject({ ok: true, output: { accepted: true }, response: { status: 200 } });
    expect(received).toHaveLength(1);
  });
});
