"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { duplicate } from "@/app/(dashboard)/zaps/actions";
import { Button } from "@/components/ui/button";
import type { ZapNotice } from "@/components/zaps/zap-notice";

/** Copies the zap (off, unpublished); the list reports the copy with a link to open it. */
export function DuplicateZapButton({ zapId, name, onDone }: { zapId: string; name: string; onDone: (notice: ZapNotice) => void }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const mutation = useMutation({ mutationFn: duplicate });

  async function run() {
    try {
      const result = await mutation.mutateAsync({ zapId });
      if (!result.ok) {
        onDone({ tone: "error", message: result.message });
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ["zaps"] });
      onDone({ message: t("zaps.duplicate.done", { name: result.name }), link: { href: `/zaps/${result.id}`, label: t("zaps.duplicate.openCopy") } });
    } catch {
      onDone({ tone: "error", message: t("zaps.duplicate.unreachable") });
    }
  }

  return (
    <Button variant="secondary" onClick={run} disabled={mutation.isPending} className="px-3 py-1.5">
      {mutation.isPending ? t("zaps.duplicate.duplicating") : t("zaps.duplicate.button")}
      <span className="sr-only"> {name}</span>
    </Button>
  );
}
