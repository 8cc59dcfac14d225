"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { moveZaps } from "@/app/(dashboard)/connections/actions";
import { useShowNotice } from "@/components/connections/notice-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MoveOffer } from "@/lib/connections/list-connection-zaps";

/** On a connection of an account connected before: moves the zaps of the deleted connection here, in one click. */
export function MoveZapsOffer({ connectionId, offer }: { connectionId: string; offer: MoveOffer }) {
  const t = useTranslations();
  const showNotice = useShowNotice();
  const [error, setError] = useState<string>();
  const move = useMutation({ mutationFn: moveZaps });
  const action = offer.turnedOff > 0 ? t("connections.move.moveAndTurnOn", { count: offer.zaps }) : t("connections.move.move", { count: offer.zaps });

  async function onMove() {
    setError(undefined);
    try {
      const result = await move.mutateAsync({ connectionId });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      showNotice({
        tone: "success",
        message:
          result.turnedOn > 0
            ? t("connections.move.movedAndTurnedOn", { count: result.moved, turnedOn: result.turnedOn })
            : t("connections.move.moved", { count: result.moved }),
      });
    } catch {
      setError(t("connections.move.failed"));
    }
  }

  return (
    <div className="space-y-2 border-t border-slate-100 bg-brand-50/60 px-5 py-3 text-sm text-slate-800">
      <p>
        {offer.turnedOff === 0
          ? t("connections.move.offer", { count: offer.zaps, app: offer.appName })
          : offer.turnedOff === offer.zaps
            ? t("connections.move.offerAllTurnedOff", { count: offer.zaps, app: offer.appName })
            : t("connections.move.offerSomeTurnedOff", { count: offer.zaps, app: offer.appName, turnedOff: offer.turnedOff })}
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <Button onClick={onMove} disabled={move.isPending} className="px-3 py-1.5">
        {move.isPending ? t("connections.move.moving") : action}
      </Button>
    </div>
  );
}
