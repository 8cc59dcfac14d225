import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** A link to a vendor's dashboard, opened in a new tab. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const t = useTranslations();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-600 underline-offset-2 hover:underline">
      {children}
      <span className="sr-only"> {t("connections.externalLink.newTab")}</span>
    </a>
  );
}
