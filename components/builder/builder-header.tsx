"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { AutosaveStatus } from "@/components/builder/use-autosave";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { StatusBadge } from "@/components/ui/status-badge";

const SAVE_TEXT = {
  saved: "builder.header.save.saved",
  pending: "builder.header.save.pending",
  saving: "builder.header.save.saving",
  error: "builder.header.save.error",
} as const satisfies Record<AutosaveStatus, string>;

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
  const t = useTranslations();
  const { state, dispatch } = useZapDraft();
  const { name, status } = state;
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const nameId = useId();
  return (
    <header className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      {/* The page's heading for screen readers; the name field below shows it. */}
      <h1 className="sr-only">{name.trim() || t("builder.header.untitled")}</h1>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor={nameId} className="block text-xs font-medium uppercase tracking-wide text-slate-500">
            {t("builder.header.name")}
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
              {t("builder.header.discard")}
            </Button>
          ) : null}
          <Button onClick={onPublish} disabled={publishing}>
            {publishing ? t("builder.header.publishing") : status.published ? t("builder.header.publishChanges") : t("builder.header.publishAndTurnOn")}
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        {status.enabled ? (
          <StatusBadge tone="green" label={t("builder.header.on")} />
        ) : (
          <StatusBadge tone={status.pausedReason ? "amber" : "slate"} label={status.pausedReason ? t("builder.header.paused") : t("builder.header.off")} />
        )}
        <span>{status.published ? t("builder.header.published", { number: status.published.number }) : t("builder.header.neverPublished")}</span>
        {status.published && status.hasUnpublishedChanges ? <span className="text-amber-800">{t("builder.header.draftAhead")}</span> : null}
        <span aria-live="polite" className={`ml-auto ${saveStatus === "error" ? "text-red-700" : "text-slate-500"}`}>
          {saveStatus === "error" && saveError ? t("builder.header.save.errorBecause", { error: saveError }) : t(SAVE_TEXT[saveStatus])}
        </span>
      </div>
      {status.pausedReason ? <p className="text-sm text-amber-800">{status.pausedReason}</p> : null}
      <Dialog
        open={confirmDiscard}
        onClose={() => setConfirmDiscard(false)}
        role="alertdialog"
        title={t("builder.header.discardDialog.title")}
        description={t("builder.header.discardDialog.description", { number: status.published?.number ?? "" })}
      >
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirmDiscard(false)}>
            {t("builder.header.discardDialog.keep")}
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              setConfirmDiscard(false);
              onDiscard();
            }}
          >
            {t("builder.header.discard")}
          </Button>
        </div>
      </Dialog>
    </header>
  );
}
