// Every list a page shows is scoped to its owner: one user never sees another's records.
import { describe, expect, it } from "vitest";
import { listConnections } from "@/lib/connections/list-connections";
import { listRuns } from "@/lib/runs/list-runs";
import { createOwnedRecords } from "@/test/create-owned-records";
import { listZaps } from "@/lib/zaps/list-zaps";

describe("owner scoping", async () => {
  const alice = await createOwnedRecords({ label: "alice" });
  const bob = await createOwnedRecords({ label: "bob" });

  it.each([
    ["zaps", listZaps, "zap"],
    ["connections", listConnections, "connection"],
    ["runs", listRuns, "run"],
  ] as const)("lists only the user's own %s", async (_name, list, key) => {
    const forAlice = await list({ userId: alice.user.id });
    const forBob = await list({ userId: bob.user.id });
    expect(forAlice.map((item) => item.id)).toEqual([alice[key].id]);
    expect(forBob.map((item) => item.id)).toEqual([bob[key].id]);
  });

  it("shows a run with its zap's name and the event type", async () => {
    const [run] = await listRuns({ userId: alice.user.id });
    expect(run).toMatchObject({ zapName: "alice zap", eventType: "customer.subscription.deleted", status: "QUEUED", durationMs: null });
  });
});
