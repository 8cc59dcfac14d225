"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteConnection } from "@/app/(dashboard)/connections/actions";
import { useShowNotice } from "@/components/connections/notice-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ConnectionZap } from "@/lib/connections/list-connection-zaps";
import type { Translate } from "@/lib/i18n/translator";

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
  const t = useTranslations();
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
      const message = [
        t("connections.delete.deleted", { label }),
        result.turnedOff ? t("connections.delete.turnedOff", { count: result.turnedOff }) : null,
        result.warning ?? null,
      ]
        .filter(Boolean)
        .join(" ");
      showNotice({ tone: result.warning ? "warning" : "success", message });
    } catch {
      setError(t("connections.delete.failed"));
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} className="px-3 py-1.5">
        {t("connections.delete.button")}
        <span className="sr-only"> {label}</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} role="alertdialog" title={t("connections.delete.title", { label })} description={consequence}>
        <div className="space-y-4">
          {usedBy.length > 0 ? (
            <div className="text-sm text-slate-700">
              <p>{t("connections.delete.usedBy", { count: usedBy.length, effect: turnedOff(usedBy, t), app: appName })}</p>
              <ul aria-label={t("connections.delete.zapsLabel")} className="mt-2 list-disc space-y-0.5 pl-5">
                {usedBy.map((zap) => (
                  <li key={zap.id}>
                    {zap.name} <span className="text-slate-500">{zap.enabled ? t("connections.delete.zapOn") : t("connections.delete.zapOff")}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)} autoFocus>
              {t("connections.delete.keep")}
            </Button>
            <Button variant="danger" onClick={confirm} disabled={remove.isPending}>
              {remove.isPending ? t("connections.delete.deleting") : t("connections.delete.confirm")}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}

/** What deleting does to the zaps that use the connection: "It is turned off", "The 2 that are on are turned off". */
function turnedOff(zaps: ConnectionZap[], t: Translate): string {
  const on = zaps.filter((zap) => zap.enabled).length;
  if (on === 0) return t("connections.delete.effect.staysOff", { count: zaps.length });
  if (on === zaps.length) return t("connections.delete.effect.allTurnedOff", { count: zaps.length });
  return t("connections.delete.effect.someTurnedOff", { on });
}
