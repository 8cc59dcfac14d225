import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createZapForList } from "@/test/create-zap-for-list";
import { restoreZapVersion } from "@/lib/zaps/restore-zap-version";
import { ZAP_NOT_FOUND } from "@/lib/zaps/zap-operation-schema";

const EMPTY = { trigger: null, filter: null, steps: [] };

async function zapWithEditedDraft() {
  const zap = await createZapForList();
  const stored = await db.zap.findUniqueOrThrow({
    where: { id: zap.zapId },
    select: { publishedVersionId: true, publishedVersion: { select: { definition: true } } },
  });
  await db.zap.update({ where: { id: zap.zapId }, data: { draft: EMPTY } });
  return { ...zap, versionId: stored.publishedVersionId ?? "", published: stored.publishedVersion?.definition };
}

const zapState = (zapId: string) =>
  db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { draft: true, publishedVersionId: true, enabled: true, _count: { select: { versions: true } } } });

describe("restoreZapVersion", () => {
  it("copies the version into the draft without publishing anything", async () => {
    const zap = await zapWithEditedDraft();
    expect(await restoreZapVersion({ userId: zap.userId, zapId: zap.zapId, versionId: zap.versionId })).toEqual({ ok: true, number: 1 });
    expect(await zapState(zap.zapId)).toEqual({ draft: zap.published, publishedVersionId: zap.versionId, enabled: true, _count: { versions: 1 } });
  });

  it("refuses another zap's version, another user's zap and a deleted zap", async () => {
    const zap = await zapWithEditedDraft();
    const stranger = await zapWithEditedDraft();
    const refused = { ok: false, message: "This version does not exist any more, or it belongs to another zap. Reload the page." };
    expect(await restoreZapVersion({ userId: zap.userId, zapId: zap.zapId, versionId: stranger.versionId })).toEqual(refused);
    expect(await restoreZapVersion({ userId: stranger.userId, zapId: zap.zapId, versionId: zap.versionId })).toEqual(refused);
    await db.zap.update({ where: { id: zap.zapId }, data: { deletedAt: new Date() } });
    expect(await restoreZapVersion({ userId: zap.userId, zapId: zap.zapId, versionId: zap.versionId })).toEqual(refused);
    expect((await zapState(zap.zapId)).draft).toEqual(EMPTY);
    expect((await zapState(stranger.zapId)).draft).toEqual(EMPTY);
    expect(ZAP_NOT_FOUND).toMatch(/another account/);
  });
});
