"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { replayAllFailed } from "@/app/(dashboard)/runs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ReplayMode } from "@/lib/runs/schema";

const MODES: { value: ReplayMode; label: string; help: string }[] = [
  { value: "from_failed_step", label: "From the failed step", help: "Keeps the steps that succeeded and the zap version each run used." },
  { value: "current_version", label: "On the current version", help: "Runs every step again on the zap as it is published now." },
];

/** Replays every failed run of one zap not replayed yet, after a confirmation. */
export function ReplayAllButton({ zapId, zapName }: { zapId: string; zapName: string }) {
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
          ? "There were no failed runs left to replay."
          : `Queued ${result.count} replay${result.count === 1 ? "" : "s"}.${result.more ? " More failed runs are left: replay again to queue them." : ""}`,
      );
      await queryClient.invalidateQueries({ queryKey: ["runs"] });
    } catch {
      setError("Conduit could not queue the replays just now. Try again in a moment.");
    }
  }

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Button variant="secondary" onClick={() => { setDone(undefined); setOpen(true); }}>
        Replay all failed runs of this zap
      </Button>
      <p role="status" className="text-sm text-emerald-700 empty:hidden">
        {done}
      </p>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        role="alertdialog"
        title={`Replay the failed runs of “${zapName}”?`}
        description="Each failed run that has not been replayed yet runs again as a new run, linked to the original. Customer.io receives its calls again."
      >
        <div className="space-y-4">
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">Replay</legend>
            {MODES.map((option) => (
              <label key={option.value} className="flex gap-3 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
                <input type="radio" name="replay-mode" value={option.value} checked={mode === option.value} onChange={() => setMode(option.value)} className="mt-0.5" />
                <span>
                  <span className="block font-medium text-slate-900">{option.label}</span>
                  <span className="block text-slate-600">{option.help}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)} autoFocus>
              Cancel
            </Button>
            <Button onClick={confirm} disabled={replay.isPending}>
              {replay.isPending ? "Queuing…" : "Replay failed runs"}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
