import { findApp } from "@/lib/catalog/find-app";
import { logger } from "@/lib/logger";
import { readCircuits } from "@/lib/queue/read-circuits";
import { sql } from "@/lib/sql";

export interface UnavailableConnection {
  connectionId: string;
  appName: string;
  label: string;
  /** Since when (ISO) the connection's circuit breaker has been open. */
  since: string;
  /** Runs waiting for it, without using attempts. */
  waitingRuns: number;
}

/**
 * Which of these connections (the caller's own, already scoped to its user) are unavailable: their
 * circuit breaker is open after transient failures in a row (lib/queue/record-circuit-result.ts).
 * Empty when Redis cannot say: a page must still render.
 */
export async function listUnavailableConnections({
  connections,
}: {
  connections: readonly { id: string; app: string; label: string }[];
}): Promise<UnavailableConnection[]> {
  let open: Awaited<ReturnType<typeof readCircuits>>;
  try {
    open = await readCircuits({ connectionIds: connections.map((connection) => connection.id) });
  } catch (error) {
    logger.warn("connection availability unknown (Redis did not answer)", { error });
    return [];
  }
  if (open.size === 0) return [];
  const counts = await sql<{ connectionId: string; waiting: number }>(
    `SELECT "waitingOnConnectionId"::text AS "connectionId", count(*)::integer AS "waiting"
     FROM "Run" WHERE "waitingOnConnectionId" = ANY($1::uuid[]) AND "status" = 'QUEUED'
     GROUP BY "waitingOnConnectionId"`,
    [[...open.keys()]],
  );
  const waiting = new Map(counts.map((row) => [row.connectionId, row.waiting]));
  return connections.flatMap((connection) => {
    const circuit = open.get(connection.id);
    if (!circuit) return [];
    const appName = findApp({ appKey: connection.app })?.name ?? connection.app;
    return [
      { connectionId: connection.id, appName, label: connection.label, since: circuit.openedAt.toISOString(), waitingRuns: waiting.get(connection.id) ?? 0 },
    ];
  });
}
