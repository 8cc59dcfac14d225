"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
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

export function NavLinks({ demo = false }: { demo?: boolean }) {
  const t = useTranslations();
  const pathname = usePathname();
  return (
    <nav aria-label={t("shell.nav.label")} className="order-last w-full sm:order-none sm:w-auto">
      <ul className="flex gap-1">
        {(demo ? [...LINKS, ...DEMO_LINKS] : LINKS).map(({ href, label }) => {
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
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
  );
}
