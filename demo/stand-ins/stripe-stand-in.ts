// A local stand-in for the part of Stripe's REST API Conduit uses, for tests and e2e runs: the
// account, customers, charges, refunds, subscriptions, invoices, events and webhook endpoints, with
// Stripe's auth (secret and restricted keys, test and live mode, revoked keys), status codes, error
// bodies, list pagination and idempotent POSTs. It records every request and lets a test script
// failures. The real `stripe` SDK is pointed at it through host/port/protocol. Events made with
// createEvent are delivered to the account's webhook endpoints, signed, as Stripe delivers them.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { deliverStripeEvent, type StripeWebhookDelivery } from "@/demo/stand-ins/stripe-stand-in-deliver";
import { identifyCaller, permissionDenied, type StandInAccount } from "@/demo/stand-ins/stripe-stand-in-auth";
import { badParameter, defaultFailure, stripeError, unknownParameter, unrecognizedUrl, type StandInAnswer } from "@/demo/stand-ins/stripe-stand-in-errors";
import { parseStripeForm, type FormObject } from "@/demo/stand-ins/stripe-stand-in-form";
import { buildObject, type JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import { readRoutes } from "@/demo/stand-ins/stripe-stand-in-read-routes";
import type { StandInRoute } from "@/demo/stand-ins/stripe-stand-in-route";
import { emptyModeStore, seedModeStore, type ModeStore, type SeededObjects, type StripeSeed } from "@/demo/stand-ins/stripe-stand-in-store";
import { webhookRoutes } from "@/demo/stand-ins/stripe-stand-in-webhook-routes";

export type { StandInAccount, StandInKey } from "@/demo/stand-ins/stripe-stand-in-auth";
export type { ModeStore, SeededObjects, StripeSeed } from "@/demo/stand-ins/stripe-stand-in-store";
export type { StripeWebhookDelivery } from "@/demo/stand-ins/stripe-stand-in-deliver";

export interface RecordedStripeRequest {
  method: string;
  /** Without the query. */
  path: string;
  /** The parsed query string (GET and DELETE parameters). */
  query: FormObject;
  /** Lower-cased, as Node gives them. */
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The parsed form body (POST parameters). */
  body: FormObject;
  at: Date;
  /** What the stand-in answered; undefined when it dropped the connection or never answered. */
  status?: number;
}

export type StripeScriptedFailure =
  /** Answer with this status; without a body, with Stripe's body for it (429 rate_limit, 409 lock_timeout, 5xx api_error). */
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** Close the connection without an answer: "before" the request takes effect, or "after" it did (a lost reply). */
  | { drop: "before" | "after" }
  /** Never answer (until close()), for client timeouts. */
  | { hang: true };

export type StripeFailNextOptions = StripeScriptedFailure & {
  /** How many matching requests get this failure (default 1). */
  times?: number;
  /** How many matching requests to let through first (default 0): fails "the second page". */
  skip?: number;
  method?: string;
  /** Only requests to this path (exact) or matching this pattern. */
  path?: string | RegExp;
};

export interface StripeStandInOptions {
  accounts: readonly StandInAccount[];
  /** Waits before each retry of a failed webhook delivery (default 1 s, 5 s, 15 s). */
  webhookRetryDelaysMs?: readonly number[];
}

export interface CreateStripeEventOptions {
  /** Verbatim, e.g. "charge.failed". */
  type: string;
  /** The object the event is about, as stored (data.object). */
  object: JsonObject;
  /** For *.updated events: the changed fields' previous values. */
  previousAttributes?: JsonObject;
  account?: string;
  livemode?: boolean;
  /** Unix seconds (default: now), e.g. for an event Stripe made while Conduit was down. */
  created?: number;
}

export interface CreatedStripeEvent {
  event: JsonObject;
  /** Settles when every matching endpoint got the event or all retries were spent. */
  delivered: Promise<StripeWebhookDelivery[]>;
}

export interface StripeStandIn {
  host: string;
  port: number;
  protocol: "http";
  /** Like https://api.stripe.com: routes start with /v1. */
  url: string;
  /** Every request received, in order. */
  requests: RecordedStripeRequest[];
  /** Every webhook delivery (one per event and endpoint), oldest first, with its tries. */
  deliveries: StripeWebhookDelivery[];
  /**
   * Records an event (listed by /v1/events) and delivers it to the matching webhook endpoints of its
   * account and mode, as Stripe does when something happens in an account.
   */
  createEvent(options: CreateStripeEventOptions): CreatedStripeEvent;
  /** Adds objects, built from Stripe's fixtures with the given fields, to an account's test or live data. */
  seed(seed: StripeSeed): SeededObjects;
  /** An account's data in one mode (default: the first account, test mode). */
  store(options?: { account?: string; livemode?: boolean }): ModeStore;
  failNext(options: StripeFailNextOptions): void;
  /** Rolls a key: from now on Stripe answers 401 api_key_expired for it. */
  revokeKey(secret: string): void;
  /** Forgets requests, data, scripted failures and revocations. */
  reset(): void;
  close(): Promise<void>;
}

/** The API version the fixtures (and so the stand-in's objects) are written in. */
const FIXTURES_API_VERSION = "2026-07-29.dahlia";
const API_VERSION = /^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/;
const ROUTES: readonly StandInRoute[] = [...readRoutes, ...webhookRoutes];

interface PendingFailure {
  failure: StripeScriptedFailure;
  remaining: number;
  skip: number;
  method?: string;
  path?: string | RegExp;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 15_000];

export async function startStripeStandIn({ accounts, webhookRetryDelaysMs = DEFAULT_RETRY_DELAYS_MS }: StripeStandInOptions): Promise<StripeStandIn> {
  if (accounts.length === 0) throw new Error("The Stripe stand-in needs at least one account.");
  const original: StandInAccount[] = structuredClone([...accounts]);
  let current: StandInAccount[] = structuredClone(original);
  const requests: RecordedStripeRequest[] = [];
  let stores = new Map<string, ModeStore>();
  let failures: PendingFailure[] = [];
  const hanging = new Set<ServerResponse>();
  const deliveries: StripeWebhookDelivery[] = [];
  const closing = new AbortController();

  function storeOf(accountId: string, livemode: boolean): ModeStore {
    if (!current.some((account) => account.id === accountId)) throw new Error(`The Stripe stand-in has no account ${accountId}.`);
    const key = `${accountId}:${livemode ? "live" : "test"}`;
    let store = stores.get(key);
    if (!store) stores.set(key, (store = emptyModeStore()));
    return store;
  }

  function takeFailure(record: RecordedStripeRequest): StripeScriptedFailure | undefined {
    const pending = failures.find(
      (candidate) =>
        (candidate.method === undefined || candidate.method.toUpperCase() === record.method) &&
        (candidate.path === undefined || (typeof candidate.path === "string" ? candidate.path === record.path : candidate.path.test(record.path))),
    );
    if (!pending) return undefined;
    if (pending.skip > 0) {
      pending.skip -= 1;
      return undefined;
    }
    pending.remaining -= 1;
    if (pending.remaining <= 0) failures = failures.filter((candidate) => candidate !== pending);
    return pending.failure;
  }

  function answer(record: RecordedStripeRequest): StandInAnswer {
    const caller = identifyCaller({ authorization: record.headers.authorization, accounts: current });
    if (!caller.ok) return caller.answer;
    const version = record.headers["stripe-version"];
    if (typeof version === "string" && !API_VERSION.test(version)) return badParameter("Stripe-Version", `Invalid Stripe API version: ${version}`);

    let params: string[] = [];
    const route = ROUTES.find((candidate) => {
      if (candidate.method !== record.method) return false;
      const match = candidate.pattern.exec(record.path);
      if (match) params = match.slice(1).map((value) => decodeURIComponent(value ?? ""));
      return match !== null;
    });
    if (!route) return unrecognizedUrl(record.method, record.path);
    const denied = permissionDenied({ caller, permission: route.permission });
    if (denied) return denied;
    const given = record.method === "POST" ? record.body : record.query;
    const unknown = Object.keys(given).find((name) => !route.params.includes(name));
    if (unknown) return unknownParameter(unknown);

    const store = storeOf(caller.account.id, caller.livemode);
    const context = { caller, store, otherStore: storeOf(caller.account.id, !caller.livemode), params, query: record.query, body: record.body, now: record.at };
    const idempotencyKey = record.method === "POST" ? record.headers["idempotency-key"] : undefined;
    if (typeof idempotencyKey !== "string") return route.handle(context);

    const fingerprint = `${record.method} ${record.path} ${record.rawBody}`;
    const previous = store.idempotency.get(idempotencyKey);
    if (previous && previous.fingerprint !== fingerprint) {
      return stripeError({
        status: 400,
        type: "idempotency_error",
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
      });
    }
    if (previous) return { ...previous.answer, headers: { ...previous.answer.headers, "idempotent-replayed": "true" } };
    const result = route.handle(context);
    // Stripe saves no result for a request that failed validation, so the key can be used again.
    if (result.status < 400) store.idempotency.set(idempotencyKey, { fingerprint, answer: result });
    return result;
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const rawBody = await readBody(request);
    const url = new URL(request.url ?? "/", "http://stand-in");
    const record: RecordedStripeRequest = {
      method: request.method ?? "GET",
      path: url.pathname,
      query: parseStripeForm(url.search.slice(1)),
      headers: request.headers,
      rawBody,
      body: parseStripeForm(rawBody),
      at: new Date(),
    };
    requests.push(record);

    const failure = takeFailure(record);
    if (failure && "hang" in failure) {
      hanging.add(response);
      return;
    }
    if (failure && "drop" in failure && failure.drop === "before") {
      request.socket.destroy();
      return;
    }
    const result = failure && "status" in failure ? scripted(failure) : answer(record);
    if (failure && "drop" in failure) {
      request.socket.destroy();
      return;
    }
    record.status = result.status;
    send(response, result, record);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, stripeError({ status: 500, type: "api_error", message: `stand-in failure: ${error instanceof Error ? error.message : String(error)}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    host: "127.0.0.1",
    port,
    protocol: "http",
    url: `http://127.0.0.1:${port}`,
    requests,
    deliveries,
    createEvent({ type, object, previousAttributes, account = current[0]!.id, livemode = false, created = Math.floor(Date.now() / 1000) }) {
      const store = storeOf(account, livemode);
      const event = buildObject({
        resource: "event",
        overrides: {
          type,
          created,
          api_version: FIXTURES_API_VERSION,
          pending_webhooks: 0,
          request: { id: null, idempotency_key: null },
          // A copy: later changes to the stored object must not rewrite the event.
          data:
            previousAttributes === undefined
              ? { object: structuredClone(object) }
              : { object: structuredClone(object), previous_attributes: previousAttributes },
        },
        livemode,
      });
      store.events.set(event.id as string, event);
      const delivered = deliverStripeEvent({ store, event, retryDelaysMs: webhookRetryDelaysMs, log: deliveries, signal: closing.signal });
      event.pending_webhooks = deliveries.filter((delivery) => delivery.eventId === event.id).length;
      return { event, delivered };
    },
    seed(seed) {
      const accountId = seed.account ?? current[0]!.id;
      const livemode = seed.livemode ?? false;
      return seedModeStore({ store: storeOf(accountId, livemode), seed, livemode });
    },
    store: ({ account = current[0]!.id, livemode = false } = {}) => storeOf(account, livemode),
    failNext({ times = 1, skip = 0, method, path, ...failure }) {
      failures.push({ failure, remaining: times, skip, method, path });
    },
    revokeKey(secret) {
      const key = current.flatMap((account) => account.keys).find((candidate) => candidate.secret === secret);
      if (!key) throw new Error("The Stripe stand-in has no such key.");
      key.revoked = true;
    },
    reset() {
      requests.length = 0;
      deliveries.length = 0;
      failures = [];
      stores = new Map();
      current = structuredClone(original);
    },
    async close() {
      closing.abort();
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function scripted(failure: { status: number; body?: unknown; headers?: Record<string, string> }): StandInAnswer {
  if (failure.body === undefined) return { ...defaultFailure(failure.status), headers: failure.headers };
  return { status: failure.status, body: failure.body, headers: failure.headers };
}

function send(response: ServerResponse, result: StandInAnswer, record?: RecordedStripeRequest) {
  const isText = typeof result.body === "string";
  const version = record?.headers["stripe-version"];
  response.writeHead(result.status, {
    "content-type": isText ? "text/html" : "application/json",
    "request-id": `req_${randomBytes(7).toString("hex")}`,
    "stripe-version": typeof version === "string" ? version : FIXTURES_API_VERSION,
    ...result.headers,
  });
  response.end(isText ? result.body : JSON.stringify(result.body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
