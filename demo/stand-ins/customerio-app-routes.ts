// The App API routes Conduit uses: POST /v1/send/email (transactional email), with the request
// documented in shared/vendor-data/README.md, and GET /v1/customers?email= (Conduit's check of an
// App API key: a read that changes nothing); errors as `{ meta: { error } }`.
import { randomBytes } from "node:crypto";
import type { StoredDelivery, WorkspaceStore } from "@/demo/stand-ins/customerio-stand-in-store";
import type { RouteAnswer } from "@/demo/stand-ins/customerio-track-routes";

export interface AppRouteContext {
  store: WorkspaceStore;
  body: unknown;
  query: URLSearchParams;
  now: Date;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isFilled = (value: unknown) => (typeof value === "string" && value.trim() !== "") || (typeof value === "number" && Number.isFinite(value));
const badRequest = (error: string): RouteAnswer => ({ status: 400, body: { meta: { error } } });

export function appRoute({ method, pathname }: { method: string; pathname: string }): ((context: AppRouteContext) => RouteAnswer) | undefined {
  if (method === "POST" && pathname === "/v1/send/email") return sendEmail;
  if (method === "GET" && pathname === "/v1/customers") return customersByEmail;
  return undefined;
}

function customersByEmail({ store, query }: AppRouteContext): RouteAnswer {
  const email = query.get("email");
  if (!email) return badRequest("email is required");
  const results = [...store.people.entries()]
    .filter(([, attributes]) => attributes.email === email)
    .map(([id, attributes]) => ({ id, email, cio_id: `cio_${id}`, attributes }));
  return { status: 200, body: { results } };
}

function sendEmail({ store, body, now }: AppRouteContext): RouteAnswer {
  if (!isObject(body)) return badRequest("the request body must be a JSON object");
  if (!isFilled(body.to)) return badRequest("to is required");
  const identifiers = isObject(body.identifiers) ? Object.entries(body.identifiers) : [];
  const known = identifiers.filter(([key]) => ["id", "email", "cio_id"].includes(key));
  if (known.length !== 1 || identifiers.length !== 1 || !isFilled(known[0]?.[1])) {
    return badRequest("identifiers must contain exactly one of id, email or cio_id");
  }
  const hasTemplate = isFilled(body.transactional_message_id);
  const hasInlineContent = isFilled(body.body) && isFilled(body.subject) && isFilled(body.from);
  if (!hasTemplate && !hasInlineContent) return badRequest("transactional_message_id is required (or body, subject and from)");
  if (body.message_data !== undefined && !isObject(body.message_data)) return badRequest("message_data must be an object");

  const delivery: StoredDelivery = {
    deliveryId: randomBytes(21).toString("base64"),
    queuedAt: Math.floor(now.getTime() / 1000),
    message: body,
  };
  store.deliveries.push(delivery);
  return { status: 200, body: { delivery_id: delivery.deliveryId, queued_at: delivery.queuedAt } };
}
