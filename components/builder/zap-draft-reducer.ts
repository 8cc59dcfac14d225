import { nextStepId } from "@/components/builder/step-ids";
import type { Filter } from "@/lib/filters/schema";
import type { BuilderConnection } from "@/lib/zaps/builder-connections";
import type { BuilderZap } from "@/lib/zaps/get-zap-for-builder";
import type { StepConfig, TriggerConfig, ZapDefinition } from "@/lib/zaps/schema";
import type { StepTests } from "@/lib/zaps/step-test-schema";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { DefinitionProblem } from "@/lib/zaps/validate-zap-definition";

export type ZapStatus = Pick<BuilderZap, "enabled" | "pausedReason" | "published" | "hasUnpublishedChanges">;
/** A message above the steps: a text already in the user's language, or one of the reducer's own, worded where it is shown. */
export type BuilderNotice =
  | { tone: "success" | "error"; text: string }
  | { tone: "error"; kind: "publishRefused"; count: number }
  | { tone: "success"; kind: "published"; number: number; intake: string }
  | { tone: "success"; kind: "discarded"; number: number | null };

/** Everything the builder edits or shows about the draft; the reducer below is its only writer. */
export type ZapDraftState = {
  name: string;
  definition: ZapDefinition;
  /** What stops the draft from publishing, per place ("zap", "trigger", "filter", "steps" or a step id). */
  problems: DefinitionProblem[];
  status: ZapStatus;
  /** True once the zap is stored (a new zap is stored at its first save). */
  created: boolean;
  chosenSample: unknown;
  /** Until another event is chosen or the whole one fetched, the page's copy of a large sample is shortened. */
  sampleShortened: boolean;
  /** Each step's latest real test, by step id, as the server kept it: what later steps map from while current. */
  stepTests: StepTests;
  publishAttempted: boolean;
  notice: BuilderNotice | null;
  /** The open sections: "trigger", "sample", "filter", "step:<id>". */
  open: ReadonlySet<string>;
};

export type ZapDraftAction =
  | { type: "renamed"; name: string }
  | { type: "triggerChanged"; trigger: TriggerConfig | null }
  | { type: "filterChanged"; filter: Filter | null }
  | { type: "stepChanged"; index: number; step: StepConfig }
  | { type: "stepMoved"; index: number; by: -1 | 1 }
  | { type: "stepRemoved"; index: number }
  /** `connections` picks the step's connection: the one another step of the app uses, else the app's only working one. */
  | { type: "stepAdded"; app: string; key: string; connections: BuilderConnection[] }
  /** "Only continue if" inserted at `index` (before the step there; the end when it is the count), opened with no rules yet. */
  | { type: "filterStepAdded"; index: number }
  | { type: "filterStepChanged"; index: number; filter: Filter }
  | { type: "sectionToggled"; section: string }
  | { type: "sampleChosen"; event: unknown }
  /** Tests the server kept (a step's test, or the whole zap's), by step id. */
  | { type: "stepsTested"; tests: StepTests }
  | { type: "saved"; problems: DefinitionProblem[]; hasUnpublishedChanges: boolean }
  | { type: "created" }
  | { type: "noticeShown"; notice: BuilderNotice | null }
  | { type: "publishRefused"; problems: DefinitionProblem[] }
  /** intake: how the trigger's events reach Conduit, in a sentence (from publishZap). */
  | { type: "published"; number: number; publishedAt: string; intake: string }
  | { type: "discarded"; definition: ZapDefinition };

/** The builder as a zap opens: sections start open while there is something to do in them. */
export function initialZapDraft({ zap, problems }: { zap: Omit<BuilderZap, "id"> & { id: string | null }; problems: DefinitionProblem[] }): ZapDraftState {
  return {
    name: zap.name,
    definition: zap.draft,
    problems,
    status: { enabled: zap.enabled, pausedReason: zap.pausedReason, published: zap.published, hasUnpublishedChanges: zap.hasUnpublishedChanges },
    created: zap.id !== null,
    chosenSample: zap.sampleEvent,
    sampleShortened: zap.sampleShortened,
    stepTests: zap.stepTests,
    publishAttempted: false,
    notice: null,
    open: new Set(zap.draft.trigger ? [] : ["trigger"]),
  };
}

export function zapDraftReducer(state: ZapDraftState, action: ZapDraftAction): ZapDraftState {
  const withDefinition = (definition: Partial<ZapDefinition>) => ({ ...state, definition: { ...state.definition, ...definition } });
  const { steps } = state.definition;
  switch (action.type) {
    case "renamed":
      return { ...state, name: action.name };
    case "triggerChanged":
      return withDefinition({ trigger: action.trigger });
    case "filterChanged":
      return withDefinition({ filter: action.filter });
    case "stepChanged":
      return withDefinition({ steps: steps.map((existing, at) => (at === action.index ? action.step : existing)) });
    case "stepMoved": {
      const moved = [...steps];
      const [step] = moved.splice(action.index, 1);
      if (step) moved.splice(action.index + action.by, 0, step);
      return withDefinition({ steps: moved });
    }
    case "stepRemoved":
      return withDefinition({ steps: steps.filter((_, at) => at !== action.index) });
    case "stepAdded": {
      const id = nextStepId({ key: action.key, steps });
      const reuse = steps.find((step): step is StepConfig => !isFilterStep(step) && step.app === action.app && step.connectionId !== null)?.connectionId;
      const ofApp = action.connections.filter((connection) => connection.app === action.app && connection.working);
      const connectionId = reuse ?? (ofApp.length === 1 ? (ofApp[0]?.id ?? null) : null);
      return {
        ...withDefinition({ steps: [...steps, { id, app: action.app, key: action.key, connectionId, inputs: {} }] }),
        open: new Set(state.open).add(`step:${id}`),
      };
    }
    case "filterStepAdded": {
      const id = nextStepId({ key: "filter", steps });
      const at = Math.max(0, Math.min(action.index, steps.length));
      return {
        ...withDefinition({ steps: [...steps.slice(0, at), { id, kind: "filter", filter: { groups: [] } }, ...steps.slice(at)] }),
        open: new Set(state.open).add(`step:${id}`),
      };
    }
    case "filterStepChanged":
      return withDefinition({
        steps: steps.map((existing, at) => (at === action.index && isFilterStep(existing) ? { ...existing, filter: action.filter } : existing)),
      });
    case "sectionToggled": {
      const open = new Set(state.open);
      if (open.has(action.section)) open.delete(action.section);
      else open.add(action.section);
      return { ...state, open };
    }
    case "sampleChosen":
      return { ...state, chosenSample: action.event, sampleShortened: false };
    case "stepsTested":
      return { ...state, stepTests: { ...state.stepTests, ...action.tests } };
    case "saved":
      return { ...state, problems: action.problems, status: { ...state.status, hasUnpublishedChanges: action.hasUnpublishedChanges } };
    case "created":
      return { ...state, created: true };
    case "noticeShown":
      return { ...state, notice: action.notice };
    case "publishRefused": {
      const count = action.problems.length;
      return {
        ...state,
        publishAttempted: true,
        problems: action.problems,
        open: new Set([...state.open, ...action.problems.map((problem) => sectionOf(problem.where))]),
        notice: { tone: "error", kind: "publishRefused", count },
      };
    }
    case "published":
      return {
        ...state,
        publishAttempted: false,
        problems: [],
        status: { enabled: true, pausedReason: null, published: { number: action.number, publishedAt: action.publishedAt }, hasUnpublishedChanges: false },
        notice: { tone: "success", kind: "published", number: action.number, intake: action.intake },
      };
    case "discarded":
      return {
        ...state,
        definition: action.definition,
        status: { ...state.status, hasUnpublishedChanges: false },
        notice: { tone: "success", kind: "discarded", number: state.status.published?.number ?? null },
      };
  }
}

/** The section a problem is shown in. */
function sectionOf(where: string): string {
  if (where === "trigger" || where === "filter") return where;
  return `step:${where}`;
}
