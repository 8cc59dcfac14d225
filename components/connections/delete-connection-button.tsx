"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { deleteConnection } from "@/app/(dashboard)/connections/actions";
import { useShowNotice } from "@/components/connections/notice-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** Delete, after a confirmation that says what else happens (the Stripe endpoint, the zaps). */
export function DeleteConnectionButton({ connectionId, label, consequence }: { connectionId: string; label: string; consequence: string }) {
  const showNotice = useShowNotice();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const remove = useMutation({ mutationFn: deleteConnection });

  async function confirm() {
    setError(undefined);
    try {
      const result = await remove.mutateAsync({ connectionId });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      showNotice(result.warning ? { tone: "warning", message: `Deleted “${label}”. ${result.warning}` } : { tone: "success", message: `Deleted “${label}”.` });
    } catch {
      setError("Conduit could not delete the connection just now. Try again in a moment.");
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} className="px-3 py-1.5">
        Delete<span className="sr-only"> {label}</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} role="alertdialog" title={`Delete “${label}”?`} description={consequence}>
        <div className="space-y-4">
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)} autoFocus>
              Keep it
            </Button>
            <Button variant="danger" onClick={confirm} disabled={remove.isPending}>
              {remove.isPending ? "Deleting…" : "Delete connection"}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
