"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FailedRunsBadge } from "@/components/notifications/failed-runs-badge";

const LINKS = [
  { href: "/zaps", label: "shell.nav.zaps" },
  { href: "/runs", label: "shell.nav.runs" },
  { href: "/templates", label: "shell.nav.templates" },
  { href: "/apps", label: "shell.nav.apps" },
  { href: "/connections", label: "shell.nav.connections" },
] as const;

/** Under `npm run demo` only. */
const DEMO_LINKS = [
  { href: "/demo/stripe", label: "shell.nav.demoStripe" },
  { href: "/demo/customerio", label: "shell.nav.demoCustomerio" },
] as const;

/** The main navigation: a row of links, behind a Menu button on narrow screens (below `sm`). */
export function NavLinks({ demo = false }: { demo?: boolean }) {
  const t = useTranslations();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const navId = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={navId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-1.5 rounded-md border border-slate-200 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 sm:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        {t("shell.nav.menu")}
      </button>
      <nav
        id={navId}
        aria-label={t("shell.nav.label")}
        onKeyDown={(event) => {
          if (event.key === "Escape" && open) {
            setOpen(false);
            button.current?.focus();
          }
        }}
        className={`${open ? "block" : "hidden"} order-last w-full sm:order-none sm:block sm:w-auto`}
      >
        <ul className="flex flex-col gap-1 sm:flex-row">
          {(demo ? [...LINKS, ...DEMO_LINKS] : LINKS).map(({ href, label }) => {
            const active = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={href}>
                <Link
                  href={href}
                  aria-current={active ? "page" : undefined}
                  onClick={() => setOpen(false)}
                  className={`block rounded-md px-3 py-2 text-sm font-medium ${
                    active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
                  }`}
                >
                  {t(label)}
                  {href === "/runs" ? <FailedRunsBadge /> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
