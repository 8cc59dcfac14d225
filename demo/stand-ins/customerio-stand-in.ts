// A local stand-in for Customer.io, for tests and e2e runs: the Track API v1 routes Conduit uses
// (Basic auth, site id : Track API key) and the App API's transactional email (Bearer App API key),
// on one port. It records every request, enforces the documented limits, drops Track events whose
// id it has seen, and lets a test script failures. The real customerio-node SDK is pointed at it.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { appRoute } from "@/demo/stand-ins/customerio-app-routes";
import { emptyWorkspaceStore, type StandInWorkspace, type WorkspaceStore } from "@/demo/stand-ins/customerio-stand-in-store";
import { trackRoute, type RouteAnswer } from "@/demo/stand-ins/customerio-track-routes";

export type { StandInWorkspace, StoredDelivery, StoredEvent, WorkspaceStore } from "@/demo/stand-ins/customerio-stand-in-store";

export interface RecordedRequest {
  api: "track" | "app" | "unknown";
  method: string;
  /** As received, still percent-encoded, without the query. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased, as Node gives them. */
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The parsed JSON body; undefined when empty or not JSON. */
  body: unknown;
  at: Date;
  /** What the stand-in answered; undefined when it dropped the connection or never answered. */
  status?: number;
}

/** One scripted answer for the next matching request, instead of its normal handling. */
export type ScriptedFailure =
  /** Answer with this status; a string body is sent as is, anything else as JSON. */
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Close the connection without an answer: "before" the request takes effect, or "after" it did (a lost reply). */
  | { drop: "before" | "after" }
  /** Never answer (until close()), for client timeouts. */
  | { hang: true }
  /** Keep the answer until release(): "before" the request takes effect, or "after" it did (a reply still in flight). */
  | { hold: "before" | "after" };

export type FailNextOptions = ScriptedFailure & {
  /** How many matching requests get this failure (default 1). */
  times?: number;
  /** Every matching request gets this failure until then, however many (an outage for a time window); `times` is then ignored. */
  until?: Date;
  /** Only requests to this API (default: any). */
  api?: "track" | "app";
  method?: string;
  /** Only requests to this path (exact, still percent-encoded) or matching this pattern. */
  path?: string | RegExp;
};

export interface CustomerioStandInOptions {
  /** The region this stand-in plays (default "us"). */
  region?: "us" | "eu";
  workspaces: readonly StandInWorkspace[];
}

export interface CustomerioStandIn {
  /** Base URL of the Track API, like https://track.customer.io (routes start with /api/v1). */
  trackUrl: string;
  /** Base URL of the App API, like https://api.customer.io (routes start with /v1). */
  appUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** What took effect for a workspace (default: the first one). */
  store(siteId?: string): WorkspaceStore;
  failNext(options: FailNextOptions): void;
  /** Answers the held requests whose caller is still connected (see `hold`). */
  release(): void;
  /** Forgets requests, stored data and scripted failures. */
  reset(): void;
  close(): Promise<void>;
}

interface PendingFailure {
  failure: ScriptedFailure;
  remaining: number;
  until?: Date;
  api?: "track" | "app";
  method?: string;
  path?: string | RegExp;
}

export async function startCustomerioStandIn({ region = "us", workspaces }: CustomerioStandInOptions): Promise<CustomerioStandIn> {
  if (workspaces.length === 0) throw new Error("The Customer.io stand-in needs at least one workspace.");
  const requests: RecordedRequest[] = [];
  const stores = new Map<string, WorkspaceStore>(workspaces.map((workspace) => [workspace.siteId, emptyWorkspaceStore()]));
  let failures: PendingFailure[] = [];
  const hanging = new Set<ServerResponse>();
  const held = new Map<ServerResponse, () => void>();

  const storeOf = (siteId: string) => {
    const store = stores.get(siteId);
    if (!store) throw new Error(`The Customer.io stand-in has no workspace ${siteId}.`);
    return store;
  };

  function takeFailure({ api, method, path, at }: RecordedRequest): ScriptedFailure | undefined {
    failures = failures.filter((candidate) => candidate.until === undefined || at < candidate.until);
    const pending = failures.find(
      (candidate) =>
        (candidate.api === undefined || candidate.api === api) &&
        (candidate.method === undefined || candidate.method === method) &&
        (candidate.path === undefined || (typeof candidate.path === "string" ? candidate.path === path : candidate.path.test(path))),
    );
    if (!pending) return undefined;
    if (pending.until) return pending.failure;
    pending.remaining -= 1;
    if (pending.remaining <= 0) failures = failures.filter((candidate) => candidate !== pending);
    return pending.failure;
  }

  function answer(request: IncomingMessage, record: RecordedRequest): RouteAnswer {
    const url = new URL(request.url ?? "/", "http://stand-in");
    const now = record.at;
    if (record.api === "track") {
      const route = trackRoute({ method: record.method, pathname: url.pathname });
      if (!route) return notFound();
      const workspace = basicAuthWorkspace(request.headers.authorization, workspaces);
      if (!workspace || (route.regionBound && (workspace.region ?? region) !== region)) return { status: 401 };
      if (record.rawBody !== "" && record.body === undefined) return { status: 400, body: { meta: { errors: ["body: invalid JSON"] } } };
      return route.handle({ workspace, standInRegion: region, store: storeOf(workspace.siteId), body: record.body, query: url.searchParams, now });
    }
    if (record.api === "app") {
      const route = appRoute({ method: record.method, pathname: url.pathname });
      if (!route) return notFound();
      const workspace = bearerWorkspace(request.headers.authorization, workspaces);
      if (!workspace || (workspace.region ?? region) !== region) return { status: 401 };
      if (record.rawBody !== "" && record.body === undefined) return { status: 400, body: { meta: { error: "invalid JSON" } } };
      return route({ store: storeOf(workspace.siteId), body: record.body, query: url.searchParams, now });
    }
    return notFound();
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const rawBody = await readBody(request);
    const url = new URL(request.url ?? "/", "http://stand-in");
    const record: RecordedRequest = {
      api: url.pathname.startsWith("/api/") ? "track" : url.pathname.startsWith("/v1/") ? "app" : "unknown",
      method: request.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      rawBody,
      body: parseJson(rawBody),
      at: new Date(),
    };
    requests.push(record);

    const failure = takeFailure(record);
    if (failure && "hang" in failure) {
      hanging.add(response);
      return;
    }
    if (failure && "hold" in failure) {
      const taken = failure.hold === "after" ? answer(request, record) : undefined;
      held.set(response, () => {
        const result = taken ?? answer(request, record);
        record.status = result.status;
        send(response, result);
      });
      return;
    }
    if (failure && "drop" in failure && failure.drop === "before") {
      request.socket.destroy();
      return;
    }
    if (failure && "status" in failure) {
      record.status = failure.status;
      send(response, failure);
      return;
    }
    const result = answer(request, record);
    if (failure && "drop" in failure) {
      request.socket.destroy();
      return;
    }
    record.status = result.status;
    send(response, result);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, { status: 500, body: { meta: { error: `stand-in failure: ${error instanceof Error ? error.message : String(error)}` } } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    trackUrl: base,
    appUrl: base,
    requests,
    store: (siteId = workspaces[0]!.siteId) => storeOf(siteId),
    failNext({ times = 1, until, api, method, path, ...failure }) {
      failures.push({ failure, remaining: times, until, api, method, path });
    },
    release() {
      for (const [response, reply] of held) {
        held.delete(response);
        // A caller that went away (a killed worker) gets nothing; a request held "before" then never takes effect.
        if (!response.socket || response.socket.destroyed) continue;
        reply();
      }
    },
    reset() {
      requests.length = 0;
      failures = [];
      for (const siteId of stores.keys()) stores.set(siteId, emptyWorkspaceStore());
    },
    async close() {
      for (const response of [...hanging, ...held.keys()]) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function notFound(): RouteAnswer {
  return { status: 404, body: { meta: { error: "Not Found" } } };
}

function basicAuthWorkspace(header: string | undefined, workspaces: readonly StandInWorkspace[]): StandInWorkspace | undefined {
  const [scheme, encoded] = header?.split(" ") ?? [];
  if (scheme !== "Basic" || !encoded) return undefined;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const siteId = decoded.slice(0, colon);
  const apiKey = decoded.slice(colon + 1);
  return workspaces.find((workspace) => colon > 0 && workspace.siteId === siteId && workspace.trackApiKey === apiKey);
}

function bearerWorkspace(header: string | undefined, workspaces: readonly StandInWorkspace[]): StandInWorkspace | undefined {
  const [scheme, token] = header?.split(" ") ?? [];
  if (scheme !== "Bearer" || !token) return undefined;
  return workspaces.find((workspace) => workspace.appApiKey !== undefined && workspace.appApiKey === token);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, { status, body, headers = {} }: RouteAnswer & { headers?: Record<string, string> }) {
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  const contentType = body === undefined ? {} : { "content-type": typeof body === "string" ? "text/plain; charset=utf-8" : "application/json" };
  response.writeHead(status, { ...contentType, ...headers, "content-length": Buffer.byteLength(text) });
  response.end(text);
}
