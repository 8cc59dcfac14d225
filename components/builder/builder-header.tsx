"use client";

import { useId, useState } from "react";
import type { AutosaveStatus } from "@/components/builder/use-autosave";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { StatusBadge } from "@/components/ui/status-badge";

const SAVE_TEXT: Record<AutosaveStatus, string> = {
  saved: "All changes saved",
  pending: "Unsaved changes…",
  saving: "Saving…",
  error: "Not saved",
};

/** The zap's name, whether it is on, what is published, the autosave state, Publish and Discard draft. */
export function BuilderHeader({
  saveStatus,
  saveError,
  onPublish,
  publishing,
  onDiscard,
  discarding,
}: {
  saveStatus: AutosaveStatus;
  saveError: string | null;
  onPublish: () => void;
  publishing: boolean;
  onDiscard: () => void;
  discarding: boolean;
}) {
  const { state, dispatch } = useZapDraft();
  const { name, status } = state;
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const nameId = useId();
  return (
    <header className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      {/* The page's heading for screen readers; the name field below shows it. */}
      <h1 className="sr-only">{name.trim() || "Untitled zap"}</h1>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor={nameId} className="block text-xs font-medium uppercase tracking-wide text-slate-500">
            Zap name
          </label>
          <input
            id={nameId}
            data-zap-name=""
            value={name}
            maxLength={120}
            onChange={(event) => dispatch({ type: "renamed", name: event.target.value })}
            className="block w-full rounded-md border border-transparent px-2 py-1 text-xl font-semibold text-slate-900 hover:border-slate-300 focus:border-slate-300"
          />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {status.published && status.hasUnpublishedChanges ? (
            <Button variant="secondary" onClick={() => setConfirmDiscard(true)} disabled={discarding}>
              Discard draft
            </Button>
          ) : null}
          <Button onClick={onPublish} disabled={publishing}>
            {publishing ? "Publishing…" : status.published ? "Publish changes" : "Publish and turn on"}
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        {status.enabled ? (
          <StatusBadge tone="green" label="On" />
        ) : (
          <StatusBadge tone={status.pausedReason ? "amber" : "slate"} label={status.pausedReason ? "Paused" : "Off"} />
        )}
        <span>{status.published ? `Published: version ${status.published.number}` : "Never published"}</span>
        {status.published && status.hasUnpublishedChanges ? <span className="text-amber-800">· The draft has changes that are not live yet</span> : null}
        <span aria-live="polite" className={`ml-auto ${saveStatus === "error" ? "text-red-700" : "text-slate-500"}`}>
          {SAVE_TEXT[saveStatus]}
          {saveStatus === "error" && saveError ? `: ${saveError}` : ""}
        </span>
      </div>
      {status.pausedReason ? <p className="text-sm text-amber-800">{status.pausedReason}</p> : null}
      <Dialog
        open={confirmDiscard}
        onClose={() => setConfirmDiscard(false)}
        role="alertdialog"
        title="Discard the draft?"
        description={`The draft goes back to the live version ${status.published?.number ?? ""}; the changes since are lost.`}
      >
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirmDiscard(false)}>
            Keep editing
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              setConfirmDiscard(false);
              onDiscard();
            }}
          >
            Discard draft
          </Button>
        </div>
      </Dialog>
    </header>
  );
}
