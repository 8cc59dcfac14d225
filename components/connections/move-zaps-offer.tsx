"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { moveZaps } from "@/app/(dashboard)/connections/actions";
import { useShowNotice } from "@/components/connections/notice-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MoveOffer } from "@/lib/connections/list-connection-zaps";

const zapCount = (count: number) => `${count} ${count === 1 ? "zap" : "zaps"}`;

/** On a connection of an account connected before: moves the zaps of the deleted connection here, in one click. */
export function MoveZapsOffer({ connectionId, offer }: { connectionId: string; offer: MoveOffer }) {
  const showNotice = useShowNotice();
  const [error, setError] = useState<string>();
  const move = useMutation({ mutationFn: moveZaps });
  const them = offer.zaps === 1 ? "it" : "them";
  const action = offer.turnedOff > 0 ? `Move ${them} here and turn ${them} back on` : `Move ${them} here`;

  async function onMove() {
    setError(undefined);
    try {
      const result = await move.mutateAsync({ connectionId });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      const on = result.turnedOn > 0 ? ` and turned ${result.turnedOn} back on` : "";
      showNotice({ tone: "success", message: `Moved ${zapCount(result.moved)} to this connection${on}.` });
    } catch {
      setError("Conduit could not move the zaps just now. Nothing was changed; try again in a moment.");
    }
  }

  return (
    <div className="space-y-2 border-t border-slate-100 bg-brand-50/60 px-5 py-3 text-sm text-slate-800">
      <p>
        {zapCount(offer.zaps)} used your deleted {offer.appName} connection of this account
        {offer.turnedOff > 0
          ? `; ${offer.turnedOff === offer.zaps ? (offer.zaps === 1 ? "it was" : "they were") : `${offer.turnedOff} were`} turned off when it was deleted`
          : ""}
        .
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <Button onClick={onMove} disabled={move.isPending} className="px-3 py-1.5">
        {move.isPending ? "Moving…" : action}
      </Button>
    </div>
  );
}
