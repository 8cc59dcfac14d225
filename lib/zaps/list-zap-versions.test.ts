import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createZapForList } from "@/test/create-zap-for-list";
import { createZap } from "@/lib/zaps/create-zap";
import { listZapVersions } from "@/lib/zaps/list-zap-versions";
import { publishZap } from "@/lib/zaps/publish-zap";

describe("listZapVersions", () => {
  it("lists the published versions newest first, marking the one runs use", async () => {
    const zap = await createZapForList({ name: "Versioned" });
    const draft = await db.zap.findUniqueOrThrow({ where: { id: zap.zapId }, select: { draft: true } });
    const withTrack = JSON.parse(JSON.stringify(draft.draft)) as { steps: Record<string, unknown>[] };
    withTrack.steps.push({
      id: "event",
      app: "customerio",
      key: "track_event",
      connectionId: zap.customerioId,
      inputs: { personId: "{{trigger.customer}}", name: "canceled" },
    });
    await db.zap.update({ where: { id: zap.zapId }, data: { draft: withTrack as object } });
    const second = await publishZap({ userId: zap.userId, zapId: zap.zapId, verifyConnections: false });
    expect(second).toEqual({ ok: true, number: 2, versionId: expect.any(String), intake: "Stripe sends each new event to Conduit's webhook as it happens." });

    const history = await listZapVersions({ userId: zap.userId, zapId: zap.zapId });
    expect(history?.zap).toEqual({ id: zap.zapId, name: "Versioned", enabled: true });
    expect(history?.versions.map((version) => [version.number, version.current, version.flow.steps.map((step) => step.name)])).toEqual([
      [2, true, ["Create or update person", "Track event"]],
      [1, false, ["Create or update person"]],
    ]);
    expect(history?.versions[0]?.publishedAt).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
  });

  it("has no versions for a zap never published", async () => {
    const zap = await createZapForList();
    const draft = await createZap({ userId: zap.userId, input: { name: "Draft" } });
    expect(await listZapVersions({ userId: zap.userId, zapId: draft.id })).toMatchObject({ versions: [] });
  });

  it("is null for another user's zap and for a deleted zap", async () => {
    const zap = await createZapForList();
    const stranger = await createZapForList();
    expect(await listZapVersions({ userId: stranger.userId, zapId: zap.zapId })).toBeNull();
    await db.zap.update({ where: { id: zap.zapId }, data: { deletedAt: new Date() } });
    expect(await listZapVersions({ userId: zap.userId, zapId: zap.zapId })).toBeNull();
  });
});
