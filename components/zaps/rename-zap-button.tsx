"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { rename } from "@/app/(dashboard)/zaps/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";

/** Rename in a small dialog; the name field has the focus and Enter saves. */
export function RenameZapButton({ zapId, name }: { zapId: string; name: string }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const mutation = useMutation({ mutationFn: rename });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const value = String(new FormData(event.currentTarget).get("name") ?? "");
    try {
      const result = await mutation.mutateAsync({ zapId, name: value });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ["zaps"] });
    } catch {
      setError(t("zaps.rename.unreachable"));
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
        className="px-3 py-1.5"
      >
        {t("zaps.rename.button")}
        <span className="sr-only"> {name}</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("zaps.rename.title", { name })}>
        <form onSubmit={submit} className="space-y-4" noValidate>
          <TextField label={t("zaps.rename.name")} name="name" defaultValue={name} maxLength={120} required autoFocus error={error} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("zaps.rename.cancel")}
            </Button>
            <Button type="submit" disabled={mutation.isPending}>
              {mutation.isPending ? t("zaps.rename.saving") : t("zaps.rename.save")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
