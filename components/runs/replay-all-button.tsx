"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { replayAllFailed } from "@/app/(dashboard)/runs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ReplayMode } from "@/lib/runs/schema";

const MODES = [
  { value: "from_failed_step", label: "runs.replayAll.fromFailedStep.label", help: "runs.replayAll.fromFailedStep.help" },
  { value: "current_version", label: "runs.replayAll.currentVersion.label", help: "runs.replayAll.currentVersion.help" },
] as const satisfies { value: ReplayMode; label: string; help: string }[];

/** Replays every failed run of one zap not replayed yet, after a confirmation. */
export function ReplayAllButton({ zapId, zapName }: { zapId: string; zapName: string }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<ReplayMode>("from_failed_step");
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const replay = useMutation({ mutationFn: replayAllFailed });

  async function confirm() {
    setError(undefined);
    try {
      const result = await replay.mutateAsync({ zapId, mode });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      setDone(
        result.count === 0
          ? t("runs.replayAll.none")
          : result.more
            ? t("runs.replayAll.queuedMore", { count: result.count })
            : t("runs.replayAll.queued", { count: result.count }),
      );
      await queryClient.invalidateQueries({ queryKey: ["runs"] });
    } catch {
      setError(t("runs.replayAll.unreachable"));
    }
  }

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Button
        variant="secondary"
        onClick={() => {
          setDone(undefined);
          setOpen(true);
        }}
      >
        {t("runs.replayAll.button")}
      </Button>
      <p role="status" className="text-sm text-emerald-700 empty:hidden">
        {done}
      </p>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        role="alertdialog"
        title={t("runs.replayAll.title", { name: zapName })}
        description={t("runs.replayAll.description")}
      >
        <div className="space-y-4">
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">{t("runs.replayAll.legend")}</legend>
            {MODES.map((option) => (
              <label
                key={option.value}
                className="flex gap-3 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name="replay-mode"
                  value={option.value}
                  checked={mode === option.value}
                  onChange={() => setMode(option.value)}
                  className="mt-0.5"
                />
                <span>
                  <span className="block font-medium text-slate-900">{t(option.label)}</span>
                  <span className="block text-slate-600">{t(option.help)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)} autoFocus>
              {t("runs.replayAll.cancel")}
            </Button>
            <Button onClick={confirm} disabled={replay.isPending}>
              {replay.isPending ? t("runs.replayAll.queuing") : t("runs.replayAll.confirm")}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
