"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { deleteConnection } from "@/app/(dashboard)/connections/actions";
import { useShowNotice } from "@/components/connections/notice-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ConnectionZap } from "@/lib/connections/list-connection-zaps";

/** Delete, after a confirmation that says what else happens (the Stripe endpoint, the zaps that use it). */
export function DeleteConnectionButton({
  connectionId,
  label,
  consequence,
  usedBy,
  appName,
}: {
  connectionId: string;
  label: string;
  consequence: string;
  usedBy: ConnectionZap[];
  appName: string;
}) {
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
      const turnedOff = result.turnedOff ? ` ${result.turnedOff === 1 ? "1 zap was" : `${result.turnedOff} zaps were`} turned off.` : "";
      showNotice(
        result.warning
          ? { tone: "warning", message: `Deleted “${label}”.${turnedOff} ${result.warning}` }
          : { tone: "success", message: `Deleted “${label}”.${turnedOff}` },
      );
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
          {usedBy.length > 0 ? (
            <div className="text-sm text-slate-700">
              <p>
                {usedBy.length === 1 ? "This zap uses it" : `These ${usedBy.length} zaps use it`}. {turnedOff(usedBy)} (“Its {appName} connection was deleted”),
                and waiting runs fail. Connect the same account again later to move {usedBy.length === 1 ? "it" : "them"} to the new connection in one click.
              </p>
              <ul aria-label="Zaps that use this connection" className="mt-2 list-disc space-y-0.5 pl-5">
                {usedBy.map((zap) => (
                  <li key={zap.id}>
                    {zap.name} <span className="text-slate-500">({zap.enabled ? "on" : "off"})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
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

function turnedOff(zaps: ConnectionZap[]): string {
  const on = zaps.filter((zap) => zap.enabled).length;
  if (on === 0) return zaps.length === 1 ? "It is off and stays off" : "They are off and stay off";
  if (on === zaps.length) return zaps.length === 1 ? "It is turned off" : "They are turned off";
  return `The ${on} that are on are turned off`;
}
