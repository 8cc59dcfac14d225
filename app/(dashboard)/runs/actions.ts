"use server";

// The run history's server actions: check the session, validate with zod, call lib/.
import { authedAction } from "@/lib/auth/authed-action";
import { replayFailedRuns, type ReplayFailedRunsResult } from "@/lib/runs/replay-failed-runs";
import { replayRun } from "@/lib/runs/replay-run";
import { resolveUnknownStep, type ResolveUnknownStepResult } from "@/lib/runs/resolve-unknown-step";
import { RUN_NOT_FOUND, replayFailedRunsInputSchema, replayRunInputSchema, resolveUnknownStepInputSchema, type ReplayResult } from "@/lib/runs/schema";

export const replay: (input: { runId: string; mode: string }) => Promise<ReplayResult> = authedAction({
  schema: replayRunInputSchema,
  onInvalid: () => ({ ok: false, message: RUN_NOT_FOUND }),
  run: ({ user, input }) => replayRun({ userId: user.id, ...input }),
});

export const replayAllFailed: (input: { zapId: string; mode: string }) => Promise<ReplayFailedRunsResult> = authedAction({
  schema: replayFailedRunsInputSchema,
  onInvalid: () => ({ ok: false, message: "Choose one of your zaps and a replay mode." }),
  run: ({ user, input }) => replayFailedRuns({ userId: user.id, ...input }),
});

/** "Mark as sent" / "Send again" on a step whose outcome is unknown. */
export const resolveStep: (input: { runId: string; stepIndex: number; decision: string }) => Promise<ResolveUnknownStepResult> = authedAction({
  schema: resolveUnknownStepInputSchema,
  onInvalid: () => ({ ok: false, message: RUN_NOT_FOUND }),
  run: ({ user, input }) => resolveUnknownStep({ userId: user.id, ...input }),
});
