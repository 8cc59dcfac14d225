import { findApp } from "@/lib/catalog/find-app";
import { enterCircuit } from "@/lib/queue/enter-circuit";
import { runRetrySchedule } from "@/lib/queue/run-retry-schedule";
import { giveUpWaitingRun } from "@/lib/runs/give-up-waiting-run";
import { outageGiveUpMessage } from "@/lib/runs/outage-give-up-message";
import { runGiveUpAt } from "@/lib/runs/run-give-up-at";
import { sql } from "@/lib/sql";

export type WaitingRunCheck = { action: "run" } | { action: "wait"; until: number } | { action: "gave_up" };

/**
 * Before a run that waits for an unavailable connection is claimed: while the connection is still
 * unavailable and another run probes it (or the next probe is not due), the run waits on, without a
 * claim or an attempt; once the probe is due, this run may be the probe (the lock is taken in its
 * name, and its attempt keeps it). Past its schedule's total time, the run fails.
 */
export async function checkWaitingRun({ runId, now = Date.now() }: { runId: string; now?: number }): Promise<WaitingRunCheck> {
  const [run] = await sql<{ connectionId: string | null; app: string | null; startedAt: Date | null; createdAt: Date; retryWindowStartedAt: Date | null }>(
    `SELECT r."waitingOnConnectionId"::text AS "connectionId", c."app", r."startedAt", r."createdAt", r."retryWindowStartedAt"
     FROM "Run" r LEFT JOIN "Connection" c ON c."id" = r."waitingOnConnectionId"
     WHERE r."id" = $1::uuid AND r."status" = 'QUEUED'`,
    [runId],
  );
  // A connection deleted meanwhile: the attempt fails at once and says so.
  if (!run?.connectionId || !run.app) return { action: "run" };
  const entry = await enterCircuit({ connectionId: run.connectionId, token: runId, now });
  if (entry.state !== "open") return { action: "run" };
  if (now < runGiveUpAt({ firstTriedAt: run.retryWindowStartedAt ?? run.startedAt ?? run.createdAt, schedule: runRetrySchedule() }))
    return { action: "wait", until: entry.retryAt };
  const appName = findApp({ appKey: run.app })?.name ?? run.app;
  await giveUpWaitingRun({ runId, error: outageGiveUpMessage({ appName, openedAt: entry.openedAt, now }) });
  return { action: "gave_up" };
}
