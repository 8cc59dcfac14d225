import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTriggerZap } from "@/test/create-trigger-zap";
import { saveZapDraft } from "@/lib/zaps/save-zap-draft";

describe("saving a zap definition", () => {
  it.each([
    ["the NUL character", "cus\u0000_1", /invisible character that cannot be saved.*retype it/],
    ["half of an emoji", "cus_\ud83d", /invisible character that cannot be saved.*retype it/],
    ["a __proto__ key", [{ key: "__proto__", value: "x" }], /"__proto__" cannot be a key; rename it/],
    ["a value over the template limit", "x".repeat(20_001), /longer than 20000 characters; shorten it/],
  ])("refuses %s with a message instead of a database error, and keeps the saved draft", async (_name, personId, message) => {
    const { userId, zapId, customerioId } = await createTriggerZap();
    const before = await db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { draft: true } });
    const definition = {
      trigger: { app: "stripe", key: "subscription_canceled", connectionId: null, options: {} },
      filter: null,
      steps: [{ id: "person", app: "customerio", key: "identify_person", connectionId: customerioId, inputs: { personId, attributes: personId } }],
    };
    const result = await saveZapDraft({ userId, zapId, input: { name: "Limits", definition } });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
    expect(await db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { draft: true } })).toEqual(before);
  });
});
