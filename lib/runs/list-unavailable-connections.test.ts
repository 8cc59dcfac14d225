// What the connection card, the Runs page and the Zaps page say about unavailable connections, and
// what the Runs list says about a waiting run, against real PostgreSQL and Redis.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordCircuitResult } from "@/lib/queue/record-circuit-result";
import { redis } from "@/lib/redis";
import { listRuns } from "@/lib/runs/list-runs";
import { listUnavailableConnections } from "@/lib/runs/list-unavailable-connections";
import { createOwnedRecords } from "@/test/create-owned-records";

afterAll(() => redis().quit());

describe("listUnavailableConnections", () => {
  it("lists a connection whose breaker is open, since when, and how many runs wait for it", async () => {
    const owned = await createOwnedRecords({ label: "unavailable" });
    const { connection } = owned;
    const other = { id: randomUUID(), app: "customerio", label: "Fine" };
    const openedAt = Date.UTC(2026, 11, 2, 14, 2);
    for (let failure = 0; failure < env().CIRCUIT_BREAKER_THRESHOLD; failure += 1)
      await recordCircuitResult({ connectionId: connection.id, result: "transient", token: "run", now: openedAt });
    await db.run.update({ where: { id: owned.run.id }, data: { status: "QUEUED", waitingOnConnectionId: connection.id } });

    expect(await listUnavailableConnections({ connections: [connection, other] })).toEqual([
      { connectionId: connection.id, appName: "Stripe", label: connection.label, since: new Date(openedAt).toISOString(), waitingRuns: 1 },
    ]);
    const [run] = await listRuns({ userId: owned.user.id });
    expect(run).toMatchObject({ id: owned.run.id, waiting: { waitingFor: "Stripe", nextAttempt: 1 } });

    await recordCircuitResult({ connectionId: connection.id, result: "success", token: "run" });
    expect(await listUnavailableConnections({ connections: [connection, other] })).toEqual([]);
  });

  it("says when a run tried before will be tried next, and out of how many attempts", async () => {
    const owned = await createOwnedRecords({ label: "retrying" });
    const nextAttemptAt = new Date(Date.UTC(2026, 11, 2, 14, 5));
    await db.run.update({
      where: { id: owned.run.id },
      data: { status: "QUEUED", attempts: 2, nextAttemptAt, error: "Step 1 failed: Customer.io had a server error (HTTP 503)." },
    });
    const [run] = await listRuns({ userId: owned.user.id });
    expect(run).toMatchObject({
      error: "Step 1 failed: Customer.io had a server error (HTTP 503).",
      waiting: { waitingFor: null, nextAttempt: 3, maxAttempts: 9, nextAttemptAt: nextAttemptAt.toISOString() },
    });
  });
});
