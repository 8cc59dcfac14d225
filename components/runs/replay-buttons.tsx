"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { replay } from "@/app/(dashboard)/runs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ReplayMode, RunDetail } from "@/lib/runs/schema";

/** Replays the run as a new, linked run and opens it. */
export function ReplayButtons({ run }: { run: RunDetail }) {
  const t = useTranslations();
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
      setError(t("runs.replay.unreachable"));
    }
  }

  if (!run.canReplay.fromFailedStep && !run.canReplay.currentVersion) return null;
  const pending = mutation.isPending ? mutation.variables.mode : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {run.canReplay.fromFailedStep ? (
          <Button onClick={() => start("from_failed_step")} disabled={mutation.isPending}>
            {pending === "from_failed_step" ? t("runs.replay.replaying") : t("runs.replay.fromFailedStep")}
          </Button>
        ) : null}
        {run.canReplay.currentVersion ? (
          <Button variant="secondary" onClick={() => start("current_version")} disabled={mutation.isPending}>
            {pending === "current_version"
              ? t("runs.replay.replaying")
              : run.zap.publishedVersionNumber
                ? t("runs.replay.currentVersionNumbered", { number: run.zap.publishedVersionNumber })
                : t("runs.replay.currentVersion")}
          </Button>
        ) : null}
      </div>
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
