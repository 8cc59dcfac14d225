import { describe, expect, it } from "vitest";
import { initialZapDraft, zapDraftReducer } from "@/components/builder/zap-draft-reducer";
import type { Filter } from "@/lib/filters/schema";
import type { BuilderZap } from "@/lib/zaps/get-zap-for-builder";
import type { StepConfig } from "@/lib/zaps/schema";

const step = (id: string): StepConfig => ({ id, app: "customerio", key: "track_event", connectionId: null, inputs: {} });
const zap: BuilderZap = {
  id: "zap_1",
  name: "Big spenders",
  enabled: false,
  pausedReason: null,
  draft: { trigger: { app: "stripe", key: "payment_succeeded", connectionId: null, options: {} }, filter: null, steps: [step("totals"), step("person")] },
  draftReadable: true,
  published: null,
  hasUnpublishedChanges: false,
  sampleEvent: null,
  sampleShortened: false,
  stepTests: {},
};
const base = initialZapDraft({ zap, problems: [] });
const rules: Filter = { groups: [{ rules: [{ field: "steps.totals.main_currency_total_spent", operator: "greater_than", value: "100" }] }] };

describe("filter steps in the builder's draft", () => {
  it("inserts a filter between two steps, opened, with an id of its own; a second one gets another id", () => {
    const one = zapDraftReducer(base, { type: "filterStepAdded", index: 1 });
    expect(one.definition.steps).toEqual([step("totals"), { id: "filter", kind: "filter", filter: { groups: [] } }, step("person")]);
    expect(one.open.has("step:filter")).toBe(true);
    const two = zapDraftReducer(one, { type: "filterStepAdded", index: 3 });
    expect(two.definition.steps.map((each) => each.id)).toEqual(["totals", "filter", "person", "filter_2"]);
  });

  it("changes only the filter step's rules; moves and removes it like any step", () => {
    const added = zapDraftReducer(base, { type: "filterStepAdded", index: 1 });
    const changed = zapDraftReducer(added, { type: "filterStepChanged", index: 1, filter: rules });
    expect(changed.definition.steps[1]).toEqual({ id: "filter", kind: "filter", filter: rules });
    expect(zapDraftReducer(changed, { type: "filterStepChanged", index: 0, filter: rules }).definition.steps[0]).toEqual(step("totals"));
    expect(zapDraftReducer(changed, { type: "stepMoved", index: 1, by: 1 }).definition.steps.map((each) => each.id)).toEqual(["totals", "person", "filter"]);
    expect(zapDraftReducer(changed, { type: "stepRemoved", index: 1 }).definition.steps).toEqual([step("totals"), step("person")]);
  });
});
