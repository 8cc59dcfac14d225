"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { FailedRunsBadge } from "@/components/notifications/failed-runs-badge";

const LINKS = [
  { href: "/zaps", label: "Zaps" },
  { href: "/runs", label: "Runs" },
  { href: "/templates", label: "Templates" },
  { href: "/apps", label: "Apps" },
  { href: "/connections", label: "Connections" },
];

/** Under `npm run demo` only. */
const DEMO_LINKS = [
  { href: "/demo/stripe", label: "Demo Stripe" },
  { href: "/demo/customerio", label: "Demo Customer.io" },
];

export function NavLinks({ demo = false }: { demo?: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
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
                {label}
                {href === "/runs" ? <FailedRunsBadge /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
