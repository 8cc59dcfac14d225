"use server";

// The run history's server actions: check the session, validate with zod, call lib/.
import { requireUser } from "@/lib/auth/current-user";
import { replayFailedRuns, type ReplayFailedRunsResult } from "@/lib/runs/replay-failed-runs";
import { replayRun } from "@/lib/runs/replay-run";
import { RUN_NOT_FOUND, replayFailedRunsInputSchema, replayRunInputSchema, type ReplayResult } from "@/lib/runs/schema";

export async function replay(input: { runId: string; mode: string }): Promise<ReplayResult> {
  const user = await requireUser();
  const parsed = replayRunInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: RUN_NOT_FOUND };
  return replayRun({ userId: user.id, ...parsed.data });
}

export async function replayAllFailed(input: { zapId: string; mode: string }): Promise<ReplayFailedRunsResult> {
  const user = await requireUser();
  const parsed = replayFailedRunsInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Choose one of your zaps and a replay mode." };
  return replayFailedRuns({ userId: user.id, ...parsed.data });
}
