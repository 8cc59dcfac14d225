"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { restoreVersion } from "@/app/(dashboard)/zaps/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** Copies a version into the draft after a confirmation; nothing is published until the user does. */
export function RestoreVersionButton({
  zapId,
  versionId,
  number,
  currentNumber,
}: {
  zapId: string;
  versionId: string;
  number: number;
  currentNumber: number | null;
}) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [restored, setRestored] = useState(false);
  const mutation = useMutation({ mutationFn: restoreVersion });

  async function confirm() {
    setError(undefined);
    try {
      const result = await mutation.mutateAsync({ zapId, versionId });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      setRestored(true);
    } catch {
      setError(t("zaps.versions.restore.failed"));
    }
  }

  const stillRunning = currentNumber === null ? t("zaps.versions.restore.nothingRuns") : t("zaps.versions.restore.keepRunning", { current: currentNumber });
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Button
        variant="secondary"
        onClick={() => {
          setError(undefined);
          setRestored(false);
          setOpen(true);
        }}
        className="px-3 py-1.5"
      >
        {t("zaps.versions.restore.button")}
        <span className="sr-only">{t("zaps.versions.restore.buttonVersion", { number })}</span>
      </Button>
      <div aria-live="polite" className="empty:hidden">
        {restored ? (
          <Alert tone="success">
            {t("zaps.versions.restore.done", { number })} {stillRunning}{" "}
            <Link href={`/zaps/${zapId}`} className="font-medium underline underline-offset-2">
              {t("zaps.versions.restore.openEditor")}
            </Link>
          </Alert>
        ) : null}
      </div>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        role="alertdialog"
        title={t("zaps.versions.restore.title", { number })}
        description={`${t("zaps.versions.restore.description", { number })} ${stillRunning}`}
      >
        <div className="space-y-4">
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)} autoFocus>
              {t("zaps.versions.restore.cancel")}
            </Button>
            <Button onClick={confirm} disabled={mutation.isPending}>
              {mutation.isPending ? t("zaps.versions.restore.restoring") : t("zaps.versions.restore.confirm", { number })}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
