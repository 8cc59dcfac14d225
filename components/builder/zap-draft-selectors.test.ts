import { describe, expect, it } from "vitest";
import { pickerSources } from "@/components/builder/picker-sources";
import { exampleNotesFor, problemsAt, stepStateOf, stepTestOf } from "@/components/builder/zap-draft-selectors";
import { translator } from "@/lib/i18n/translator";
import { builderCatalog } from "@/lib/zaps/builder-catalog";
import type { StepConfig, ZapDefinition } from "@/lib/zaps/schema";
import type { StepTest, StepTests } from "@/lib/zaps/step-test-schema";

const t = await translator();

const problems = [
  { where: "trigger", message: "Choose a Stripe connection." },
  { where: "a", message: "Choose a connection." },
  { where: "a", message: "Map the person." },
];

describe("problemsAt", () => {
  it.each([
    { where: "a", messages: ["Choose a connection.", "Map the person."] },
    { where: "trigger", messages: ["Choose a Stripe connection."] },
    { where: "b", messages: [] },
  ])("$where → $messages", ({ where, messages }) => {
    expect(problemsAt({ problems }, where)).toEqual(messages);
  });
});

describe("stepStateOf", () => {
  it.each([
    { where: "b", publishAttempted: false, state: "ready" },
    { where: "b", publishAttempted: true, state: "ready" },
    { where: "a", publishAttempted: false, state: "incomplete" },
    { where: "a", publishAttempted: true, state: "error" },
  ])("$where after a publish attempt: $publishAttempted → $state", ({ where, publishAttempted, state }) => {
    expect(stepStateOf({ problems, publishAttempted }, where)).toBe(state);
  });
});

describe("tested outputs in previews: exampleNotesFor, stepTestOf and pickerSources", () => {
  const catalog = builderCatalog();
  const sample = catalog.triggers.find((entry) => entry.key === "payment_succeeded")?.sample as { id: string };
  const totals: StepConfig = {
    id: "totals",
    app: "stripe",
    key: "customer_payment_totals",
    connectionId: "00000000-0000-7000-8000-000000000001",
    inputs: { customerId: "{{trigger.customer}}" },
  };
  const person: StepConfig = { id: "person", app: "customerio", key: "identify_person", connectionId: null, inputs: { personId: "{{trigger.customer}}" } };
  const definition: ZapDefinition = {
    trigger: { app: "stripe", key: "payment_succeeded", connectionId: null, options: {} },
    filter: null,
    steps: [totals, person],
  };
  const real = { main_currency_total_spent: 10700, successful_payments: 3 };
  const testOf = (step: StepConfig, sampleEventId: string | null = sample.id): StepTest => ({
    step: { app: step.app, key: step.key, connectionId: step.connectionId, inputs: step.inputs },
    sampleEventId,
    output: real,
    testedAt: "2026-12-02T10:00:00.000Z",
  });
  const totalsSource = (stepTests: StepTests, steps = definition.steps) =>
    pickerSources({ catalog, definition: { ...definition, steps }, sample, beforeStep: 1, stepTests, t }).find((source) => source.root === "steps.totals");

  it("an untested step: example values, said so, in the notes and the picker's heading", () => {
    const state = { definition, stepTests: {} };
    expect(exampleNotesFor({ state, catalog, sample, index: 1, t })).toEqual(["Step 2 was not tested: its example values were used."]);
    expect(stepTestOf({ state, step: totals, sample }).state).toBe("untested");
    expect(totalsSource({})).toMatchObject({
      label: "2. Stripe: Customer payment totals (example values: not tested)",
      data: expect.objectContaining({ successful_payments: 7 }),
    });
  });

  it("a tested step: its real output, no note", () => {
    const state = { definition, stepTests: { totals: testOf(totals) } };
    expect(exampleNotesFor({ state, catalog, sample, index: 1, t })).toEqual([]);
    expect(stepTestOf({ state, step: totals, sample }).state).toBe("tested");
    expect(totalsSource(state.stepTests)).toMatchObject({ label: "2. Stripe: Customer payment totals (tested values)", data: real });
  });

  it.each([
    {
      case: "its inputs changed",
      step: { ...totals, inputs: { customerId: "cus_other" } },
      sampleEventId: sample.id,
      state: "step_changed",
      note: /Step 2 changed after its test/,
    },
    {
      case: "its connection changed",
      step: { ...totals, connectionId: "00000000-0000-7000-8000-000000000002" },
      sampleEventId: sample.id,
      state: "step_changed",
      note: /stale/,
    },
    { case: "another sample event was chosen", step: totals, sampleEventId: "evt_other", state: "sample_changed", note: /tested with another sample event/ },
  ])("a step tested before $case: stale, example values again", ({ step, sampleEventId, state, note }) => {
    const stepTests = { totals: testOf(totals, sampleEventId) };
    const drafted = { definition: { ...definition, steps: [step, person] }, stepTests };
    expect(stepTestOf({ state: drafted, step, sample }).state).toBe(state);
    expect(exampleNotesFor({ state: drafted, catalog, sample, index: 1, t })).toEqual([expect.stringMatching(note)]);
    expect(totalsSource(stepTests, [step, person])?.data).toMatchObject({ successful_payments: 7 });
  });
  it("a step tested before an earlier step changed or was tested again: stale too", () => {
    const later = (step: StepConfig, testedAt: string): StepTest => ({ ...testOf(step), testedAt });
    const tested = { totals: testOf(totals), person: later(person, "2026-12-02T10:05:00.000Z") };
    expect(stepTestOf({ state: { definition, stepTests: tested }, step: person, sample }).state).toBe("tested");

    const changedTotals = { ...totals, inputs: { customerId: "cus_other" } };
    const changed = { definition: { ...definition, steps: [changedTotals, person] }, stepTests: tested };
    expect(stepTestOf({ state: changed, step: person, sample }).state).toBe("earlier_changed");

    const retested = { definition, stepTests: { ...tested, totals: later(totals, "2026-12-02T10:09:00.000Z") } };
    expect(stepTestOf({ state: retested, step: person, sample }).state).toBe("earlier_changed");
    expect(stepTestOf({ state: retested, step: totals, sample }).state).toBe("tested");
  });
});
