// Customer.io's Track API v1 routes that Conduit uses, as documented in its OpenAPI document:
// status codes, `{}` on success, `{ meta: { errors: [...] } }` on 400.
import type { StandInWorkspace, WorkspaceStore } from "@/demo/stand-ins/customerio-stand-in-store";
import { attributeProblems, eventProblems, identifierProblems, segmentProblems } from "@/demo/stand-ins/customerio-track-limits";

export interface RouteAnswer {
  status: number;
  body?: unknown;
}

export interface TrackRouteContext {
  workspace: StandInWorkspace;
  standInRegion: "us" | "eu";
  store: WorkspaceStore;
  body: unknown;
  query: URLSearchParams;
  now: Date;
}

export interface TrackRoute {
  /** False only for the region lookup, which answers for a workspace of either region. */
  regionBound: boolean;
  handle(context: TrackRouteContext): RouteAnswer;
}

const OK: RouteAnswer = { status: 200, body: {} };
const REGION_URLS = { us: "https://track.customer.io", eu: "https://track-eu.customer.io" } as const;

const badRequest = (errors: string[]): RouteAnswer => ({ status: 400, body: { meta: { errors } } });
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The route for a method and raw (still percent-encoded) path, or undefined for a 404. */
export function trackRoute({ method, pathname }: { method: string; pathname: string }): TrackRoute | undefined {
  const [, customer, suffix] = /^\/api\/v1\/customers\/([^/]+)(\/events)?$/.exec(pathname) ?? [];
  const [, segment, change] = /^\/api\/v1\/segments\/([^/]+)\/(add_customers|remove_customers)$/.exec(pathname) ?? [];

  if (method === "GET" && pathname === "/api/v1/accounts/region") return { regionBound: false, handle: region };
  if (method === "PUT" && customer && !suffix) return { regionBound: true, handle: (context) => identify(decode(customer), context) };
  if (method === "DELETE" && customer && !suffix) return { regionBound: true, handle: (context) => destroy(decode(customer), context) };
  if (method === "POST" && customer && suffix) return { regionBound: true, handle: (context) => track(decode(customer), context) };
  if (method === "POST" && pathname === "/api/v1/events") return { regionBound: true, handle: trackAnonymous };
  if (method === "POST" && segment && change) {
    return { regionBound: true, handle: (context) => changeSegment(decode(segment), change === "add_customers", context) };
  }
  return undefined;
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function region({ workspace, standInRegion }: TrackRouteContext): RouteAnswer {
  const workspaceRegion = workspace.region ?? standInRegion;
  return { status: 200, body: { url: REGION_URLS[workspaceRegion], region: workspaceRegion, environment_id: workspace.environmentId ?? 1 } };
}

function identify(identifier: string | undefined, { body, store }: TrackRouteContext): RouteAnswer {
  if (identifier === undefined) return badRequest(["identifier: is not valid percent-encoding"]);
  const problems = [...identifierProblems(identifier), ...attributeProblems(body)];
  if (problems.length > 0 || !isObject(body)) return badRequest(problems);
  store.people.set(identifier, { ...store.people.get(identifier), ...body });
  return OK;
}

function destroy(identifier: string | undefined, { store }: TrackRouteContext): RouteAnswer {
  if (identifier === undefined) return badRequest(["identifier: is not valid percent-encoding"]);
  const problems = identifierProblems(identifier);
  if (problems.length > 0) return badRequest(problems);
  store.people.delete(identifier);
  return OK;
}

function track(identifier: string | undefined, context: TrackRouteContext): RouteAnswer {
  if (identifier === undefined) return badRequest(["identifier: is not valid percent-encoding"]);
  const problems = [...identifierProblems(identifier), ...eventProblems(context.body)];
  if (problems.length > 0 || !isObject(context.body)) return badRequest(problems);
  return storeEvent({ customerId: identifier }, context.body, context);
}

function trackAnonymous(context: TrackRouteContext): RouteAnswer {
  const problems = eventProblems(context.body);
  if (problems.length > 0 || !isObject(context.body)) return badRequest(problems);
  const anonymousId = typeof context.body.anonymous_id === "string" ? context.body.anonymous_id : undefined;
  return storeEvent({ anonymousId }, context.body, context);
}

function storeEvent(owner: { customerId?: string; anonymousId?: string }, body: Record<string, unknown>, { store, now }: TrackRouteContext): RouteAnswer {
  const id = typeof body.id === "string" ? body.id.toUpperCase() : undefined;
  // Customer.io ignores an event whose id it has already received, and still answers 200.
  if (id !== undefined && store.events.some((event) => event.id === id)) return OK;
  store.events.push({
    ...owner,
    id,
    name: String(body.name).trim(),
    type: body.type,
    timestamp: body.timestamp,
    data: isObject(body.data) ? body.data : undefined,
    receivedAt: now,
  });
  return OK;
}

function changeSegment(segmentId: string | undefined, add: boolean, { body, query, store }: TrackRouteContext): RouteAnswer {
  if (segmentId === undefined) return badRequest(["segment_id: is not valid percent-encoding"]);
  const problems = segmentProblems({ segmentId, idType: query.get("id_type"), body });
  if (problems.length > 0 || !isObject(body) || !Array.isArray(body.ids)) return badRequest(problems);
  const members = store.segments.get(Number(segmentId)) ?? new Set<string>();
  for (const id of body.ids as string[]) {
    if (add) members.add(id);
    else members.delete(id);
  }
  store.segments.set(Number(segmentId), members);
  return OK;
}
