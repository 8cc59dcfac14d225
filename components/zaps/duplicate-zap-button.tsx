"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { duplicate } from "@/app/(dashboard)/zaps/actions";
import { Button } from "@/components/ui/button";
import type { ZapNotice } from "@/components/zaps/zap-notice";

/** Copies the zap (off, unpublished); the list reports the copy with a link to open it. */
export function DuplicateZapButton({ zapId, name, onDone }: { zapId: string; name: string; onDone: (notice: ZapNotice) => void }) {
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
      onDone({ message: `Created “${result.name}”. It is off until you publish it.`, link: { href: `/zaps/${result.id}`, label: "Open the copy" } });
    } catch {
      onDone({ tone: "error", message: "Conduit could not copy the zap just now. Try again in a moment." });
    }
  }

  return (
    <Button variant="secondary" onClick={run} disabled={mutation.isPending} className="px-3 py-1.5">
      {mutation.isPending ? "Duplicating…" : "Duplicate"}
      <span className="sr-only"> {name}</span>
    </Button>
  );
}
