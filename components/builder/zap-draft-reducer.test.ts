import { describe, expect, it } from "vitest";
import { initialZapDraft, zapDraftReducer, type ZapDraftAction, type ZapDraftState } from "@/components/builder/zap-draft-reducer";
import type { JsonValue } from "@/lib/json-value";
import type { BuilderConnection } from "@/lib/zaps/builder-connections";
import type { BuilderZap } from "@/lib/zaps/get-zap-for-builder";
import type { StepConfig, TriggerConfig, ZapDefinition } from "@/lib/zaps/schema";

const step = (id: string, extra: Partial<StepConfig> = {}): StepConfig => ({
  id,
  app: "customerio",
  key: "track_event",
  connectionId: null,
  inputs: {},
  ...extra,
});
const connection = (id: string, app: string, working = true): BuilderConnection => ({
  id,
  app,
  label: id,
  detail: "",
  working,
  statusMessage: null,
  note: null,
});
const trigger: TriggerConfig = { app: "stripe", key: "subscription_canceled", connectionId: "stripe_1", options: {} };

const zap: Omit<BuilderZap, "id"> & { id: string | null } = {
  id: "zap_1",
  name: "Churn",
  enabled: false,
  pausedReason: null,
  draft: { trigger, filter: null, steps: [step("a"), step("b"), step("c")] },
  draftReadable: true,
  published: { number: 3, publishedAt: "2026-01-01T00:00:00.000Z" },
  hasUnpublishedChanges: true,
  sampleEvent: { type: "customer.subscription.deleted" },
  sampleShortened: true,
  stepTests: {
    a: {
      step: { app: "customerio", key: "track_event", connectionId: null, inputs: {} },
      sampleEventId: null,
      output: { kept: true },
      testedAt: "2026-01-01T00:00:00.000Z",
    },
  },
};
const base = initialZapDraft({ zap, problems: [{ where: "a", message: "Choose a connection." }] });
const ids = (state: ZapDraftState) => state.definition.steps.map((each) => each.id);

describe("initialZapDraft", () => {
  it.each([
    { case: "a stored zap with a trigger", input: zap, created: true, open: [] },
    { case: "a new zap without a trigger", input: { ...zap, id: null, draft: { trigger: null, filter: null, steps: [] } }, created: false, open: ["trigger"] },
  ])("$case: created $created, open $open", ({ input, created, open }) => {
    const state = initialZapDraft({ zap: input, problems: [] });
    expect(state.created).toBe(created);
    expect([...state.open]).toEqual(open);
    expect(state).toMatchObject({
      name: "Churn",
      definition: input.draft,
      chosenSample: zap.sampleEvent,
      sampleShortened: true,
      stepTests: zap.stepTests,
      publishAttempted: false,
      notice: null,
    });
    expect(state.status).toEqual({ enabled: false, pausedReason: null, published: zap.published, hasUnpublishedChanges: true });
  });
});

describe("zapDraftReducer: the definition", () => {
  const newTrigger: TriggerConfig = { ...trigger, key: "payment_failed" };
  const filter = { groups: [{ rules: [{ field: "trigger.status", operator: "equals" as const, value: "canceled" }] }] };
  it.each<{ case: string; action: ZapDraftAction; definition: Partial<ZapDefinition> }>([
    { case: "triggerChanged replaces the trigger", action: { type: "triggerChanged", trigger: newTrigger }, definition: { trigger: newTrigger } },
    { case: "triggerChanged clears it", action: { type: "triggerChanged", trigger: null }, definition: { trigger: null } },
    { case: "filterChanged sets the filter", action: { type: "filterChanged", filter }, definition: { filter } },
    {
      case: "stepChanged replaces the step at the index",
      action: { type: "stepChanged", index: 1, step: step("b", { inputs: { name: "x" } }) },
      definition: { steps: [step("a"), step("b", { inputs: { name: "x" } }), step("c")] },
    },
    { case: "stepMoved up", action: { type: "stepMoved", index: 1, by: -1 }, definition: { steps: [step("b"), step("a"), step("c")] } },
    { case: "stepMoved down", action: { type: "stepMoved", index: 1, by: 1 }, definition: { steps: [step("a"), step("c"), step("b")] } },
    { case: "stepRemoved drops the step at the index", action: { type: "stepRemoved", index: 0 }, definition: { steps: [step("b"), step("c")] } },
  ])("$case", ({ action, definition }) => {
    const next = zapDraftReducer(base, action);
    expect(next.definition).toEqual({ ...base.definition, ...definition });
    expect(base.definition.steps.map((each) => each.id)).toEqual(["a", "b", "c"]);
  });

  it("renamed changes only the name, keeping the definition object (autosave watches it)", () => {
    const next = zapDraftReducer(base, { type: "renamed", name: "Win-back" });
    expect(next.name).toBe("Win-back");
    expect(next.definition).toBe(base.definition);
  });
});

describe("zapDraftReducer: stepAdded", () => {
  const stripe = connection("stripe_1", "stripe");
  it.each<{ case: string; steps: StepConfig[]; connections: BuilderConnection[]; id: string; connectionId: string | null }>([
    {
      case: "the only working connection of the app",
      steps: [],
      connections: [stripe, connection("cio_1", "customerio")],
      id: "track_event",
      connectionId: "cio_1",
    },
    {
      case: "none when the app has two",
      steps: [],
      connections: [connection("cio_1", "customerio"), connection("cio_2", "customerio")],
      id: "track_event",
      connectionId: null,
    },
    {
      case: "none when the only one is not working",
      steps: [],
      connections: [connection("cio_1", "customerio", false)],
      id: "track_event",
      connectionId: null,
    },
    {
      case: "the connection another step of the app uses, and a fresh id",
      steps: [step("track_event", { connectionId: "cio_2" })],
      connections: [connection("cio_1", "customerio"), connection("cio_2", "customerio")],
      id: "track_event_2",
      connectionId: "cio_2",
    },
  ])("$case → $id on $connectionId, opened", ({ steps, connections, id, connectionId }) => {
    const state = { ...base, definition: { ...base.definition, steps } };
    const next = zapDraftReducer(state, { type: "stepAdded", app: "customerio", key: "track_event", connections });
    expect(next.definition.steps.at(-1)).toEqual({ id, app: "customerio", key: "track_event", connectionId, inputs: {} });
    expect(next.definition.steps).toHaveLength(steps.length + 1);
    expect(next.open.has(`step:${id}`)).toBe(true);
  });
});

describe("zapDraftReducer: editing state", () => {
  it.each([
    { case: "opens a closed section", open: [], section: "filter", after: ["filter"] },
    { case: "closes an open one", open: ["filter", "trigger"], section: "filter", after: ["trigger"] },
  ])("sectionToggled $case", ({ open, section, after }) => {
    const state = { ...base, open: new Set(open) };
    expect([...zapDraftReducer(state, { type: "sectionToggled", section }).open]).toEqual(after);
    expect([...state.open]).toEqual(open);
  });

  it("sampleChosen uses the event, no longer shortened", () => {
    const event = { type: "customer.subscription.deleted", id: "evt_2" };
    expect(zapDraftReducer(base, { type: "sampleChosen", event })).toMatchObject({ chosenSample: event, sampleShortened: false });
  });

  it("stepsTested keeps each step's latest kept test, with the ones loaded with the zap", () => {
    const test = (output: JsonValue) => ({
      step: { app: "customerio", key: "track_event", connectionId: null, inputs: {} },
      sampleEventId: "evt_1",
      output,
      testedAt: "2026-01-02T00:00:00.000Z",
    });
    const once = zapDraftReducer(base, { type: "stepsTested", tests: { b: test({ id: 1 }) } });
    const twice = zapDraftReducer(once, { type: "stepsTested", tests: { b: test({ id: 2 }), c: test(null) } });
    expect(twice.stepTests).toEqual({ a: zap.stepTests.a, b: test({ id: 2 }), c: test(null) });
    expect(base.stepTests).toEqual(zap.stepTests);
  });

  it("saved stores the server's problems and whether the draft differs from the live version", () => {
    const next = zapDraftReducer(base, { type: "saved", problems: [], hasUnpublishedChanges: false });
    expect(next.problems).toEqual([]);
    expect(next.status).toEqual({ ...base.status, hasUnpublishedChanges: false });
  });

  it("created marks a new zap stored", () => {
    expect(zapDraftReducer({ ...base, created: false }, { type: "created" }).created).toBe(true);
  });

  it.each([{ notice: { tone: "error" as const, text: "No." } }, { notice: null }])("noticeShown $notice", ({ notice }) => {
    expect(zapDraftReducer({ ...base, notice: { tone: "success", text: "Earlier." } }, { type: "noticeShown", notice }).notice).toEqual(notice);
  });
});

describe("zapDraftReducer: publish and discard", () => {
  it.each([
    {
      problems: [{ where: "b", message: "Map the person." }],
      opened: ["step:b"],
    },
    {
      problems: [
        { where: "trigger", message: "Choose a Stripe connection." },
        { where: "filter", message: "Choose a field." },
        { where: "c", message: "Map the person." },
      ],
      opened: ["trigger", "filter", "step:c"],
    },
  ])("publishRefused with $problems.length problem(s) opens their sections and says so", ({ problems, opened }) => {
    const state = { ...base, open: new Set(["sample"]) };
    const next = zapDraftReducer(state, { type: "publishRefused", problems });
    expect(next).toMatchObject({ publishAttempted: true, problems, notice: { tone: "error", kind: "publishRefused", count: problems.length } });
    expect([...next.open]).toEqual(["sample", ...opened]);
  });

  it("published turns the zap on at the new version and clears the problems", () => {
    const refused = zapDraftReducer(base, { type: "publishRefused", problems: base.problems });
    const next = zapDraftReducer(refused, {
      type: "published",
      number: 4,
      publishedAt: "2026-02-02T00:00:00.000Z",
      intake: "Conduit checks Stripe for new events every 5 s (no webhook needed).",
    });
    expect(next).toMatchObject({
      publishAttempted: false,
      problems: [],
      notice: { tone: "success", kind: "published", number: 4, intake: "Conduit checks Stripe for new events every 5 s (no webhook needed)." },
    });
    expect(next.status).toEqual({
      enabled: true,
      pausedReason: null,
      published: { number: 4, publishedAt: "2026-02-02T00:00:00.000Z" },
      hasUnpublishedChanges: false,
    });
  });

  it("discarded puts the live definition back and says which version", () => {
    const live: ZapDefinition = { trigger, filter: null, steps: [step("a")] };
    const next = zapDraftReducer({ ...base, status: { ...base.status, enabled: true } }, { type: "discarded", definition: live });
    expect(next.definition).toBe(live);
    expect(next.status).toEqual({ ...base.status, enabled: true, hasUnpublishedChanges: false });
    expect(next.notice).toEqual({ tone: "success", kind: "discarded", number: 3 });
    expect(ids(next)).toEqual(["a"]);
  });
});
