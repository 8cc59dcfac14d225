"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { setEnabled } from "@/app/(dashboard)/zaps/actions";
import { Alert } from "@/components/ui/alert";
import type { ZapSummary } from "@/lib/zaps/list-zaps";

/** The zap's on/off switch. Turning on needs a published version; the server says so otherwise. */
export function ZapToggle({ zap }: { zap: ZapSummary }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const mutation = useMutation({ mutationFn: setEnabled });
  const paused = !zap.enabled && zap.pausedReason !== null;

  async function toggle() {
    setError(undefined);
    try {
      const result = await mutation.mutateAsync({ zapId: zap.id, enabled: !zap.enabled });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      queryClient.setQueryData<ZapSummary[]>(["zaps"], (zaps) =>
        zaps?.map((candidate) =>
          candidate.id === zap.id ? { ...candidate, enabled: result.enabled, pausedReason: result.enabled ? null : candidate.pausedReason } : candidate,
        ),
      );
      await queryClient.invalidateQueries({ queryKey: ["zaps"] });
    } catch {
      setError(t("zaps.toggle.unreachable"));
    }
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex items-center gap-2">
        <span aria-hidden="true" className={`text-sm font-medium ${zap.enabled ? "text-emerald-700" : paused ? "text-amber-700" : "text-slate-500"}`}>
          {zap.enabled ? t("zaps.toggle.on") : paused ? t("zaps.toggle.paused") : t("zaps.toggle.off")}
        </span>
        <button
          type="button"
          role="switch"
          aria-checked={zap.enabled}
          aria-label={t("zaps.toggle.label", { name: zap.name })}
          aria-busy={mutation.isPending || undefined}
          disabled={mutation.isPending}
          onClick={toggle}
          className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors disabled:opacity-60 ${zap.enabled ? "bg-emerald-600" : "bg-slate-300"}`}
        >
          <span
            aria-hidden="true"
            className={`inline-block h-5 w-5 rounded-full bg-white shadow transition-transform ${zap.enabled ? "translate-x-5" : "translate-x-0.5"}`}
          />
        </button>
      </div>
      {error ? (
        <div className="max-w-xs">
          <Alert>
            {error}
            {zap.publishedVersionNumber === null ? (
              <>
                {" "}
                <Link href={`/zaps/${zap.id}`} className="font-medium underline underline-offset-2">
                  {t("zaps.toggle.openEditor")}
                </Link>
              </>
            ) : null}
          </Alert>
        </div>
      ) : null}
    </div>
  );
}
