"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, closes it on Escape and
 * puts focus back where it was. Its content only exists while it is open, so form state (pasted
 * keys included) is gone once it closes.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  role = "dialog",
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  /** "alertdialog" for confirmations. */
  role?: "dialog" | "alertdialog";
  children: ReactNode;
}) {
  const t = useTranslations();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The browser focuses the first focusable element, the Close button: start on the first field instead.
      dialog.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled):not([readonly]), select:not(:disabled), textarea:not(:disabled)')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === event.currentTarget) onClose();
      }}
      // Rendered where it is used, so inherited text styles are reset; the top layer takes care of position.
      className="m-auto w-[calc(100%-2rem)] whitespace-normal text-left text-base font-normal normal-case leading-normal tracking-normal max-w-lg rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 open:flex open:max-h-[calc(100dvh-2rem)] open:flex-col"
    >
      {open ? (
        <>
          <div className="flex items-start justify-between gap-4 border-b border-slate-100 px-6 pb-4 pt-5">
            <div>
              <h2 id={titleId} className="text-lg font-semibold text-slate-900">
                {title}
              </h2>
              {description ? (
                <div id={descriptionId} className="mt-1 text-sm text-slate-600">
                  {description}
                </div>
              ) : null}
            </div>
            <button type="button" onClick={onClose} className="-mr-2 rounded-md p-2 text-slate-500 hover:bg-slate-100 hover:text-slate-700">
              <span className="sr-only">{t("common.close")}</span>
              <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                <path d="M5 5l10 10M15 5L5 15" />
              </svg>
            </button>
          </div>
          <div className="overflow-y-auto px-6 py-5">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
