// What the run history reads and returns: the list's filters (from the URL and the JSON route), the
// replay modes, and the shapes of a run summary and a run's details. Timestamps are ISO strings so the
// same data serves server-rendered pages and the JSON routes the pages poll.
import { z } from "zod";
import type { RunStatus, RunStepStatus } from "@/lib/generated/prisma/enums";
import type { SentRequest, VendorResponse } from "@/lib/http/sent-request";
import type { JsonValue } from "@/lib/json-value";
import { zapIdSchema } from "@/lib/zaps/schema";

export const RUN_NOT_FOUND = "This run does not exist, or it belongs to another account.";
export const RUN_PAGE_SIZE = 50;

export const RUN_STATUSES = ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "FILTERED", "NEEDS_ATTENTION"] as const satisfies readonly RunStatus[];
export const IN_FLIGHT_STATUSES: readonly RunStatus[] = ["QUEUED", "RUNNING"];

export const runIdSchema = z.uuid();

/** Empty query parameters (a cleared filter) count as absent. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

/** `<createdAt ISO>_<run id>` of the last run on the previous page (newest first). */
export const runCursorSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/i, "The cursor is not one Conduit made.")
  .transform((value) => {
    const [createdAt = "", id = ""] = value.split("_");
    return { createdAt: new Date(createdAt), id };
  })
  .refine((cursor) => !Number.isNaN(cursor.createdAt.getTime()), "The cursor is not one Conduit made.");

export const runFiltersSchema = z.object({
  zapId: optional(z.uuid("Choose one of your zaps.")),
  status: optional(z.enum(RUN_STATUSES)),
  mode: optional(z.enum(["test", "live"])),
  /** "imported": runs started by Import past events; "received": runs of events as they arrived. */
  origin: optional(z.enum(["imported", "received"])),
  from: optional(z.iso.datetime({ offset: true }).transform((value) => new Date(value))),
  to: optional(z.iso.datetime({ offset: true }).transform((value) => new Date(value))),
});
export type RunFilters = z.infer<typeof runFiltersSchema>;

export const runListQuerySchema = runFiltersSchema.extend({ cursor: optional(runCursorSchema) });
export type RunListQuery = z.infer<typeof runListQuerySchema>;

export const REPLAY_MODES = ["from_failed_step", "current_version"] as const;
export const replayModeSchema = z.enum(REPLAY_MODES);
export type ReplayMode = z.infer<typeof replayModeSchema>;

export const replayRunInputSchema = z.object({ runId: runIdSchema, mode: replayModeSchema });

/** The owner's answer to a step whose outcome is unknown (lib/runs/resolve-unknown-step.ts). */
export const UNKNOWN_STEP_DECISIONS = ["mark_sent", "send_again"] as const;
export type UnknownStepDecision = (typeof UNKNOWN_STEP_DECISIONS)[number];
export const resolveUnknownStepInputSchema = z.object({
  runId: runIdSchema,
  stepIndex: z.number().int().min(0).max(1_000),
  decision: z.enum(UNKNOWN_STEP_DECISIONS),
});
export const replayFailedRunsInputSchema = z.object({ zapId: zapIdSchema, mode: replayModeSchema });

export type ReplayResult = { ok: true; runId: string } | { ok: false; message: string };

export interface RunSummary {
  id: string;
  zapId: string;
  zapName: string;
  eventType: string;
  status: RunStatus;
  /** Started by Conduit's "Send test event", not by Stripe. */
  isTest: boolean;
  /** The Stripe event's mode: false for a test-mode event. */
  livemode: boolean;
  /** Started by Import past events. */
  isImported: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  attempts: number;
  replayOfId: string | null;
  /** Why the run failed, or what its last attempt ran into while it waits. */
  error: string | null;
  waiting: RunWaiting | null;
}

/** A queued run that waits: for its next attempt, or for an unavailable connection (lib/runs/run-waiting.ts). */
export interface RunWaiting {
  /** When the worker tries it next (ISO), when known. */
  nextAttemptAt: string | null;
  /** The app whose connection is unavailable ("Customer.io"); null when the run waits for its next attempt. */
  waitingFor: string | null;
  /** The number of the attempt it waits for, and how many its retry schedule allows. */
  nextAttempt: number;
  maxAttempts: number;
}

export interface RunPage {
  runs: RunSummary[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface RunStepDetail {
  stepIndex: number;
  app: string;
  action: string;
  /** The catalog's names, or the keys when the action no longer exists. */
  appName: string;
  actionName: string;
  input: JsonValue | null;
  /** The HTTP requests the step sent, in order, credentials masked; empty when it sent none. */
  requests: SentRequest[];
  output: JsonValue | null;
  status: RunStepStatus;
  error: string | null;
  durationMs: number | null;
  startedAt: string;
  /** Copied from the original run by a replay from the failed step (not called again). */
  carriedOver: boolean;
  /** When the owner marked this step, whose outcome was unknown, as sent. */
  confirmedAt: string | null;
  /** The action's effect after "may or may not have" ("sent this email"), when it declares one. */
  effect: string | null;
}

/** One step's part in one attempt: the requests it sent and what came back, or that nothing did. */
export interface RunAttemptCall {
  /** 1-based, for people. */
  stepNumber: number;
  actionName: string;
  /** RUNNING when the attempt stopped (its worker died) while this step was being sent. */
  status: RunStepStatus;
  startedAt: string;
  exchanges: { request: SentRequest; response: VendorResponse | null }[];
  error: string | null;
}

export interface RunLink {
  id: string;
  status: RunStatus;
  createdAt: string;
}

export interface RunDetail {
  id: string;
  status: RunStatus;
  isTest: boolean;
  isImported: boolean;
  attempts: number;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  waiting: RunWaiting | null;
  zap: { id: string; name: string; /** Null for a test run of an unpublished draft. */ versionNumber: number | null; publishedVersionNumber: number | null };
  event: { stripeEventId: string; type: string; livemode: boolean; receivedAt: string; payload: JsonValue };
  steps: RunStepDetail[];
  replayOf: RunLink | null;
  replays: RunLink[];
  canReplay: { fromFailedStep: boolean; currentVersion: boolean };
  /** Each execution by the worker, oldest first: when it ran and why it failed. */
  attemptLog: RunAttemptDetail[];
}

export interface RunAttemptDetail {
  number: number;
  startedAt: string;
  finishedAt: string;
  outcome: string;
  /** 1-based, for people. */
  stepNumber: number | null;
  error: string | null;
  retryAfterMs: number | null;
  /** What each step sent in this attempt, and the answers. */
  calls: RunAttemptCall[];
}

export const isFinal = (status: RunStatus) => !IN_FLIGHT_STATUSES.includes(status);
