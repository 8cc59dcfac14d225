import { findApp } from "@/lib/catalog/find-app";
import { runRetrySchedule } from "@/lib/queue/run-retry-schedule";
import type { RunStatus } from "@/lib/generated/prisma/enums";
import type { RunWaiting } from "@/lib/runs/schema";

/**
 * What a queued run is waiting for, or null when it is not waiting: a run tried before waits for its
 * next attempt, and a run whose connection is unavailable waits for it (lib/queue/enter-circuit.ts).
 */
export function runWaiting({
  status,
  attempts,
  nextAttemptAt,
  waitingOnApp,
}: {
  status: RunStatus;
  /** Attempts used by the run's current retry window (all of them, unless its owner resolved a step since). */
  attempts: number;
  nextAttemptAt: Date | null;
  /** The app key of the unavailable connection the run waits for; undefined when it waits for none. */
  waitingOnApp: string | null | undefined;
}): RunWaiting | null {
  const waitsForConnection = waitingOnApp !== null && waitingOnApp !== undefined;
  if (status !== "QUEUED" || (attempts === 0 && !waitsForConnection)) return null;
  return {
    nextAttemptAt: nextAttemptAt?.toISOString() ?? null,
    waitingFor: waitsForConnection ? (findApp({ appKey: waitingOnApp })?.name ?? waitingOnApp) : null,
    nextAttempt: attempts + 1,
    maxAttempts: runRetrySchedule().length + 1,
  };
}
