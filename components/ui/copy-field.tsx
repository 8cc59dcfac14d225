"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

/** A read-only value with a Copy button; when the clipboard is unavailable the value is selected instead. */
export function CopyField({ label, value, help }: { label: string; value: string; help?: string }) {
  const t = useTranslations();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"copied" | "selected">();

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("copied");
    } catch {
      input.current?.select();
      setCopied("selected");
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          ref={input}
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={help ? `${id}-help` : undefined}
          className="block w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-800"
        />
        <button
          type="button"
          onClick={copy}
          className="shrink-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("common.copy.button")}
          <span className="sr-only"> {label}</span>
        </button>
      </div>
      {help ? (
        <p id={`${id}-help`} className="text-xs text-slate-500">
          {help}
        </p>
      ) : null}
      <p aria-live="polite" className="text-xs font-medium text-emerald-700 empty:hidden">
        {copied === "copied" ? t("common.copy.copied") : copied === "selected" ? t("common.copy.selected") : ""}
      </p>
    </div>
  );
}
