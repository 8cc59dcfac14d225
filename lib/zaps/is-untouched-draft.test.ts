import { describe, expect, it } from "vitest";
import { isUntouchedDraft } from "@/lib/zaps/is-untouched-draft";

const empty = { trigger: null, filter: null, steps: [] };
const trigger = { app: "stripe", key: "subscription_canceled", connectionId: null, options: {} };
const step = { id: "person", app: "customerio", key: "identify_person", connectionId: null, inputs: {} };

describe("isUntouchedDraft", () => {
  it.each([
    ["an unpublished, empty 'Untitled zap'", { name: "Untitled zap", draft: empty, published: false }, true],
    ["the same stored without the optional parts", { name: "Untitled zap", draft: { trigger: null }, published: false }, true],
    ["a published zap", { name: "Untitled zap", draft: empty, published: true }, false],
    ["a renamed zap", { name: "Win-back", draft: empty, published: false }, false],
    ["a zap with a trigger", { name: "Untitled zap", draft: { ...empty, trigger }, published: false }, false],
    ["a zap with a step", { name: "Untitled zap", draft: { ...empty, steps: [step] }, published: false }, false],
    ["a zap with a filter", { name: "Untitled zap", draft: { ...empty, filter: { groups: [] } }, published: false }, false],
    ["a draft that cannot be read", { name: "Untitled zap", draft: { trigger: "broken" }, published: false }, false],
  ])("%s: %s", (_name, zap, expected) => {
    expect(isUntouchedDraft(zap)).toBe(expected);
  });
});
