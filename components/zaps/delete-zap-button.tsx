"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { remove } from "@/app/(dashboard)/zaps/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ZapNotice } from "@/components/zaps/zap-notice";

/** Delete after a confirmation that says the runs stay in the history. */
export function DeleteZapButton({ zapId, name, onDone }: { zapId: string; name: string; onDone: (notice: ZapNotice) => void }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const mutation = useMutation({ mutationFn: remove });

  async function confirm() {
    setError(undefined);
    try {
      const result = await mutation.mutateAsync({ zapId });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      // Out of the list at once, before the refetch confirms it.
      queryClient.setQueryData<{ id: string }[]>(["zaps"], (zaps) => zaps?.filter((zap) => zap.id !== zapId));
      onDone({ message: t("zaps.delete.done", { name: result.name }), link: { href: "/runs", label: t("zaps.delete.seeRuns") } });
      await queryClient.invalidateQueries({ queryKey: ["zaps"] });
    } catch {
      setError(t("zaps.delete.unreachable"));
    }
  }

  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setError(undefined);
          setOpen(true);
        }}
        className="px-3 py-1.5 text-red-700"
      >
        {t("zaps.delete.button")}
        <span className="sr-only"> {name}</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} role="alertdialog" title={t("zaps.delete.title", { name })} description={t("zaps.delete.description")}>
        <div className="space-y-4">
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)} autoFocus>
              {t("zaps.delete.keep")}
            </Button>
            <Button variant="danger" onClick={confirm} disabled={mutation.isPending}>
              {mutation.isPending ? t("zaps.delete.deleting") : t("zaps.delete.confirm")}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
