"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A button that copies a text; says whether it worked, since the clipboard can be unavailable (plain http). */
export function CopyTextButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations();
  const [state, setState] = useState<"copied" | "failed">();

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50"
      >
        {label}
      </button>
      <span aria-live="polite" className="text-xs font-medium text-emerald-700 empty:hidden">
        {state === "copied" ? t("runs.copy.copied") : state === "failed" ? t("runs.copy.refused") : ""}
      </span>
    </span>
  );
}
