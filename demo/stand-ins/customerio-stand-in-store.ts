// What the Customer.io stand-in keeps per workspace, for tests to assert on what took effect (as
// opposed to the request log, which holds every request, duplicates and failures included).

export interface StandInWorkspace {
  siteId: string;
  trackApiKey: string;
  /** Needed for the App API (transactional email). */
  appApiKey?: string;
  /** Defaults to the stand-in's own region; a workspace of the other region answers 401 on data routes. */
  region?: "us" | "eu";
  /** Returned by GET /api/v1/accounts/region. */
  environmentId?: number;
}

export interface StoredEvent {
  customerId?: string;
  anonymousId?: string;
  id?: string;
  name: string;
  type?: unknown;
  timestamp?: unknown;
  data?: Record<string, unknown>;
  receivedAt: Date;
}

export interface StoredDelivery {
  deliveryId: string;
  queuedAt: number;
  message: Record<string, unknown>;
}

export interface WorkspaceStore {
  /** Attributes by the identifier in the path (id, email or cio_…). */
  people: Map<string, Record<string, unknown>>;
  /** Events as stored: one whose `id` was already received is dropped, as Customer.io does. */
  events: StoredEvent[];
  /** Manual segment members by segment id. */
  segments: Map<number, Set<string>>;
  deliveries: StoredDelivery[];
}

export function emptyWorkspaceStore(): WorkspaceStore {
  return { people: new Map(), events: [], segments: new Map(), deliveries: [] };
}
