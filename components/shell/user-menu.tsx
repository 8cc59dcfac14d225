"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";

/** The account button in the header; opens a menu with the email, "Account settings" and "Sign out". */
export function UserMenu({ email, name }: { email: string; name: string | null }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const menuId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const firstItem = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (!open) return;
    firstItem.current?.focus();
    function onPointerDown(event: PointerEvent) {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    }
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  const initial = (name || email).charAt(0).toUpperCase();

  return (
    <div ref={container} className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-full border border-slate-200 py-1 pl-1 pr-3 text-sm text-slate-700 hover:bg-slate-50"
      >
        <span aria-hidden="true" className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white">
          {initial}
        </span>
        <span className="max-w-[12rem] truncate">{t("shell.userMenu.button")}</span>
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label={t("shell.userMenu.button")}
          className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
        >
          <div className="px-3 py-2 text-sm">
            {name ? <p className="font-medium text-slate-900">{name}</p> : null}
            <p className="truncate text-slate-600">{email}</p>
          </div>
          <div className="my-1 border-t border-slate-100" />
          <Link
            ref={firstItem}
            href="/account"
            role="menuitem"
            onClick={() => setOpen(false)}
            className="block w-full rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 focus:bg-slate-100"
          >
            {t("shell.userMenu.settings")}
          </Link>
          <button
            type="button"
            role="menuitem"
            disabled={signingOut}
            onClick={async () => {
              setSigningOut(true);
              await signOut({ callbackUrl: "/sign-in" });
            }}
            className="block w-full rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 focus:bg-slate-100"
          >
            {signingOut ? t("shell.userMenu.signingOut") : t("shell.userMenu.signOut")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
