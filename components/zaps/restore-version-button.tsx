"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
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
      setError("Conduit could not restore the version just now. Try again in a moment.");
    }
  }

  const stillRunning = currentNumber === null ? "Nothing runs until you publish." : `Runs keep using version ${currentNumber} until you publish.`;
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
        Restore<span className="sr-only"> version {number}</span>
      </Button>
      <div aria-live="polite" className="empty:hidden">
        {restored ? (
          <Alert tone="success">
            Version {number} is now the draft. It is not published yet. {stillRunning}{" "}
            <Link href={`/zaps/${zapId}`} className="font-medium underline underline-offset-2">
              Open the editor to publish it
            </Link>
          </Alert>
        ) : null}
      </div>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        role="alertdialog"
        title={`Restore version ${number} into the draft?`}
        description={`The draft is replaced by version ${number}; unpublished changes in it are lost. This does not publish anything. ${stillRunning}`}
      >
        <div className="space-y-4">
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)} autoFocus>
              Cancel
            </Button>
            <Button onClick={confirm} disabled={mutation.isPending}>
              {mutation.isPending ? "Restoring…" : `Restore version ${number}`}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
