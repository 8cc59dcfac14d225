// The first save of a new zap (/zaps/new): the zap exists from that save, once, under the id the
// builder drew; opening the builder stores nothing (no save is sent until the first change).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTriggerZap } from "@/test/create-trigger-zap";
import { saveZapDraft } from "@/lib/zaps/save-zap-draft";

const definition = { trigger: { app: "stripe", key: "subscription_canceled", connectionId: null, options: {} }, filter: null, steps: [] };
const newUser = () => db.user.create({ data: { email: `first-save-${randomUUID()}@example.com`, passwordHash: "not-used" }, select: { id: true } });

describe("saveZapDraft creating a new zap", () => {
  it("creates exactly one zap when first saves race (a double click, two quick changes)", async () => {
    const user = await newUser();
    const zapId = randomUUID();
    const results = await Promise.all(
      ["Subscription canceled", "Subscription canceled", "Win-back"].map((name) =>
        saveZapDraft({ userId: user.id, zapId, input: { name, definition }, create: true }),
      ),
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
    const zaps = await db.zap.findMany({ where: { userId: user.id }, select: { id: true, enabled: true, publishedVersionId: true, draft: true } });
    expect(zaps).toEqual([{ id: zapId, enabled: false, publishedVersionId: null, draft: definition }]);
  });

  it("keeps saving into the same zap after it was created", async () => {
    const user = await newUser();
    const zapId = randomUUID();
    expect(await saveZapDraft({ userId: user.id, zapId, input: { name: "First", definition }, create: true })).toMatchObject({ ok: true });
    expect(await saveZapDraft({ userId: user.id, zapId, input: { name: "Second", definition } })).toMatchObject({ ok: true });
    expect(await db.zap.findMany({ where: { userId: user.id }, select: { id: true, name: true } })).toEqual([{ id: zapId, name: "Second" }]);
  });

  it("creates nothing for an unknown id without `create`, nor for a refused draft", async () => {
    const user = await newUser();
    expect(await saveZapDraft({ userId: user.id, zapId: randomUUID(), input: { name: "Stray", definition } })).toEqual({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await saveZapDraft({ userId: user.id, zapId: randomUUID(), input: { name: " ", definition }, create: true })).toEqual({
      ok: false,
      message: "Give the zap a name.",
    });
    expect(await db.zap.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a draft the definition's checks refuse, saying why in the builder's language", async () => {
    const user = await newUser();
    const filter = { groups: [{ rules: [{ field: "trigger.status", operator: "equals", value: "active\u0000" }] }] };
    const input = { name: "With a NUL", definition: { ...definition, filter } };
    expect(await saveZapDraft({ userId: user.id, zapId: randomUUID(), input, create: true })).toEqual({
      ok: false,
      message: "This rule holds an invisible character that cannot be saved (NUL or a broken emoji); retype it.",
    });
    expect(await saveZapDraft({ userId: user.id, zapId: randomUUID(), input, create: true, locale: "pt-BR" })).toEqual({
      ok: false,
      message: "Esta regra tem um caractere invisível que não pode ser salvo (NUL ou um emoji quebrado); digite de novo.",
    });
    expect(await db.zap.count({ where: { userId: user.id } })).toBe(0);
  });

  it("does not reach another user's zap through its id, and changes nothing of theirs", async () => {
    const theirs = await createTriggerZap({ name: "Theirs" });
    const before = await db.zap.findUniqueOrThrow({ where: { id: theirs.zapId } });
    const user = await newUser();
    expect(await saveZapDraft({ userId: user.id, zapId: theirs.zapId, input: { name: "Taken over", definition }, create: true })).toEqual({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await db.zap.findUniqueOrThrow({ where: { id: theirs.zapId } })).toEqual(before);
    expect(await db.zap.count({ where: { userId: user.id } })).toBe(0);
  });
});
