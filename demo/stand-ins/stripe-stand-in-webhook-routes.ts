// Webhook endpoint routes of the Stripe stand-in: list, create (the only answer carrying the
// whsec_ signing secret), retrieve, update (Stripe cannot change an endpoint's api_version) and
// delete. At most 16 endpoints per account and mode, as Stripe allows.
import { randomBytes } from "node:crypto";
import { badParameter, missingParameter, stripeError, type StandInAnswer } from "@/demo/stand-ins/stripe-stand-in-errors";
import type { FormValue } from "@/demo/stand-ins/stripe-stand-in-form";
import { listAnswer, newestFirst, PAGINATION_PARAMS } from "@/demo/stand-ins/stripe-stand-in-lists";
import { buildObject, type JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import { ok, retrieve, text, type RouteContext, type StandInRoute } from "@/demo/stand-ins/stripe-stand-in-route";

const MAX_ENDPOINTS = 16;
const EVENT_TYPE = /^(\*|[a-z0-9_]+(\.[a-z0-9_]+)+)$/;
const API_VERSION = /^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/;
const ID = "([^/]+)";

function parseUrl(value: FormValue | undefined): string | StandInAnswer {
  if (typeof value !== "string") return missingParameter("url");
  try {
    const url = new URL(value);
    if (url.protocol === "https:" || url.protocol === "http:") return value;
  } catch {
    // answered below
  }
  return badParameter("url", `Invalid URL: ${value}`);
}

function parseEvents(value: FormValue | undefined): string[] | StandInAnswer {
  if (value === undefined) return missingParameter("enabled_events");
  const events = Array.isArray(value) ? value : [value];
  if (events.length === 0) return missingParameter("enabled_events");
  for (const [index, event] of events.entries()) {
    if (typeof event !== "string" || !EVENT_TYPE.test(event)) return badParameter(`enabled_events[${index}]`, `Invalid event type: ${String(event)}`);
  }
  return events as string[];
}

/** Metadata as Stripe updates it: keys merge, an empty value removes a key, an empty string clears all. */
function mergeMetadata(current: unknown, update: FormValue | undefined): Record<string, string> | StandInAnswer {
  const base = { ...(current as Record<string, string> | undefined) };
  if (update === undefined) return base;
  if (update === "") return {};
  if (typeof update !== "object" || Array.isArray(update)) return badParameter("metadata", "Invalid hash");
  for (const [key, value] of Object.entries(update)) {
    if (typeof value !== "string") return badParameter(`metadata[${key}]`, "Invalid string");
    if (value === "") delete base[key];
    else base[key] = value;
  }
  return base;
}

const isAnswer = (value: unknown): value is StandInAnswer => typeof value === "object" && value !== null && "status" in value && "body" in value;

function create({ store, body, caller, now }: RouteContext): StandInAnswer {
  const url = parseUrl(body.url);
  if (isAnswer(url)) return url;
  const events = parseEvents(body.enabled_events);
  if (isAnswer(events)) return events;
  const apiVersion = text(body.api_version);
  if (apiVersion !== undefined && !API_VERSION.test(apiVersion)) return badParameter("api_version", `Invalid API version: ${apiVersion}`);
  const metadata = mergeMetadata({}, body.metadata);
  if (isAnswer(metadata)) return metadata;
  if (store.webhookEndpoints.size >= MAX_ENDPOINTS) {
    return stripeError({
      status: 400,
      message: `You have reached the maximum of ${MAX_ENDPOINTS} ${caller.livemode ? "live" : "test"} webhook endpoints on this account.`,
    });
  }
  const endpoint = buildObject({
    resource: "webhook_endpoint",
    overrides: {
      api_version: apiVersion ?? null,
      created: Math.floor(now.getTime() / 1000),
      description: text(body.description) || null,
      enabled_events: events,
      metadata,
      status: "enabled",
      url,
    },
    livemode: caller.livemode,
  });
  const secret = `whsec_${randomBytes(24).toString("base64url").replace(/[-_]/g, "0")}`;
  store.webhookEndpoints.set(endpoint.id as string, endpoint);
  store.webhookSecrets.set(endpoint.id as string, secret);
  return ok({ ...endpoint, secret });
}

function update(context: RouteContext): StandInAnswer {
  const found = retrieve({ context, collection: "webhookEndpoints", label: "webhook endpoint" });
  if (found.status !== 200) return found;
  const endpoint = found.body as JsonObject;
  const { body } = context;
  const changes: JsonObject = {};
  if (body.url !== undefined) {
    const url = parseUrl(body.url);
    if (isAnswer(url)) return url;
    changes.url = url;
  }
  if (body.enabled_events !== undefined) {
    const events = parseEvents(body.enabled_events);
    if (isAnswer(events)) return events;
    changes.enabled_events = events;
  }
  if (body.description !== undefined) changes.description = text(body.description) || null;
  if (body.disabled !== undefined) {
    if (body.disabled !== "true" && body.disabled !== "false") return badParameter("disabled", "Invalid boolean: must be true or false");
    changes.status = body.disabled === "true" ? "disabled" : "enabled";
  }
  const metadata = mergeMetadata(endpoint.metadata, body.metadata);
  if (isAnswer(metadata)) return metadata;
  Object.assign(endpoint, changes, { metadata });
  return ok(endpoint);
}

function remove(context: RouteContext): StandInAnswer {
  const found = retrieve({ context, collection: "webhookEndpoints", label: "webhook endpoint" });
  if (found.status !== 200) return found;
  const id = context.params[0] ?? "";
  context.store.webhookEndpoints.delete(id);
  context.store.webhookSecrets.delete(id);
  return ok({ id, object: "webhook_endpoint", deleted: true });
}

export const webhookRoutes: StandInRoute[] = [
  {
    method: "GET",
    pattern: /^\/v1\/webhook_endpoints$/,
    permission: "rak_webhook_read",
    params: PAGINATION_PARAMS,
    handle: ({ store, query }) =>
      listAnswer({ items: newestFirst(store.webhookEndpoints.values()), query, url: "/v1/webhook_endpoints", label: "webhook endpoint" }),
  },
  {
    method: "POST",
    pattern: /^\/v1\/webhook_endpoints$/,
    permission: "rak_webhook_write",
    params: ["url", "enabled_events", "api_version", "description", "metadata", "connect"],
    handle: create,
  },
  {
    method: "GET",
    pattern: new RegExp(`^/v1/webhook_endpoints/${ID}$`),
    permission: "rak_webhook_read",
    params: [],
    handle: (context) => retrieve({ context, collection: "webhookEndpoints", label: "webhook endpoint" }),
  },
  {
    method: "POST",
    pattern: new RegExp(`^/v1/webhook_endpoints/${ID}$`),
    permission: "rak_webhook_write",
    params: ["url", "enabled_events", "description", "disabled", "metadata"],
    handle: update,
  },
  {
    method: "DELETE",
    pattern: new RegExp(`^/v1/webhook_endpoints/${ID}$`),
    permission: "rak_webhook_write",
    params: [],
    handle: remove,
  },
];
