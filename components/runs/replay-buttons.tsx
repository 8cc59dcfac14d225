"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { replay } from "@/app/(dashboard)/runs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ReplayMode, RunDetail } from "@/lib/runs/schema";

/** Replays the run as a new, linked run and opens it. */
export function ReplayButtons({ run }: { run: RunDetail }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const mutation = useMutation({ mutationFn: replay });

  async function start(mode: ReplayMode) {
    setError(undefined);
    try {
      const result = await mutation.mutateAsync({ runId: run.id, mode });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      // This run now lists the replay, and the history has one more run.
      await Promise.all([queryClient.invalidateQueries({ queryKey: ["run", run.id] }), queryClient.invalidateQueries({ queryKey: ["runs"] })]);
      router.push(`/runs/${result.runId}`);
    } catch {
      setError("Conduit could not start the replay just now. Try again in a moment.");
    }
  }

  if (!run.canReplay.fromFailedStep && !run.canReplay.currentVersion) return null;
  const pending = mutation.isPending ? mutation.variables.mode : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {run.canReplay.fromFailedStep ? (
          <Button onClick={() => start("from_failed_step")} disabled={mutation.isPending}>
            {pending === "from_failed_step" ? "Replaying…" : "Replay from failed step"}
          </Button>
        ) : null}
        {run.canReplay.currentVersion ? (
          <Button variant="secondary" onClick={() => start("current_version")} disabled={mutation.isPending}>
            {pending === "current_version" ? "Replaying…" : `Replay on current version${run.zap.publishedVersionNumber ? ` (v${run.zap.publishedVersionNumber})` : ""}`}
          </Button>
        ) : null}
      </div>
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
