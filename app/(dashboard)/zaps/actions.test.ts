// The Zaps page's server actions: input is validated before lib/ sees it, and another user's zap reads as missing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createZapForList } from "@/test/create-zap-for-list";
import { ZAP_NOT_FOUND } from "@/lib/zaps/zap-operation-schema";

const session = vi.hoisted(() => ({ user: { id: "" } }));
vi.mock("@/lib/auth/current-user", () => ({ requireUser: async () => session.user }));
vi.mock("@/lib/i18n/request-locale", () => ({ requestLocale: async () => "en" }));

const actions = await import("@/app/(dashboard)/zaps/actions");

beforeEach(() => {
  session.user = { id: "" };
});

describe("Zaps page actions", () => {
  it("run the operation for the owner", async () => {
    const zap = await createZapForList({ name: "Mine" });
    session.user = { id: zap.userId };
    expect(await actions.rename({ zapId: zap.zapId, name: " Renamed " })).toEqual({ ok: true, name: "Renamed" });
    expect(await actions.setEnabled({ zapId: zap.zapId, enabled: false })).toEqual({ ok: true, enabled: false });
    const copy = await actions.duplicate({ zapId: zap.zapId });
    expect(copy).toMatchObject({ ok: true, name: "Copy of Renamed" });
    expect(await actions.remove({ zapId: zap.zapId })).toEqual({ ok: true, name: "Renamed" });
    expect(await db.zap.count({ where: { userId: zap.userId, deletedAt: null } })).toBe(1);
  });

  it("refuse another user's zap as not found, changing nothing", async () => {
    const zap = await createZapForList({ name: "Theirs" });
    const stranger = await createZapForList();
    session.user = { id: stranger.userId };
    const version = await db.zapVersion.findFirstOrThrow({ where: { zapId: zap.zapId } });
    expect(await actions.rename({ zapId: zap.zapId, name: "Mine now" })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    expect(await actions.setEnabled({ zapId: zap.zapId, enabled: false })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    expect(await actions.duplicate({ zapId: zap.zapId })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    expect(await actions.remove({ zapId: zap.zapId })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    expect(await actions.restoreVersion({ zapId: zap.zapId, versionId: version.id })).toMatchObject({ ok: false });
    expect(await db.zap.findUniqueOrThrow({ where: { id: zap.zapId } })).toMatchObject({ name: "Theirs", enabled: true, deletedAt: null });
  });

  it.each([
    ["a zap id that is not one", () => actions.remove({ zapId: "not-an-id" }), ZAP_NOT_FOUND],
    ["a blank name", () => actions.rename({ zapId: "0196a3a0-0000-7000-8000-000000000000", name: "  " }), "Give the zap a name."],
    ["a name too long", () => actions.rename({ zapId: "0196a3a0-0000-7000-8000-000000000000", name: "x".repeat(121) }), "Keep the name under 120 characters."],
    [
      "an on/off that is not a boolean",
      () => actions.setEnabled({ zapId: "0196a3a0-0000-7000-8000-000000000000", enabled: "yes" as unknown as boolean }),
      expect.any(String),
    ],
    [
      "a version id that is not one",
      () => actions.restoreVersion({ zapId: "0196a3a0-0000-7000-8000-000000000000", versionId: "v2" }),
      "Choose a version of this zap.",
    ],
  ])("refuse %s with a message", async (_name, call, message) => {
    expect(await call()).toEqual({ ok: false, message });
  });
});
