import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { ZapFlow } from "@/components/zaps/zap-flow";
import type { ZapFlow as Flow } from "@/lib/zaps/describe-zap-flow";

export interface TemplateCard {
  key: string;
  name: string;
  description: string;
  setup?: string;
  flow: Flow;
  href: string;
}

/** Ready-made zaps; each opens the wizard prefilled, where the user picks their connections. */
export function TemplateGallery({ templates }: { templates: TemplateCard[] }) {
  const t = useTranslations();
  return (
    <ul aria-label={t("templates.label")} className="grid gap-4 md:grid-cols-2">
      {templates.map((template) => (
        <li key={template.key} aria-labelledby={`template-${template.key}`} className="flex flex-col rounded-lg border border-slate-200 bg-white p-5">
          <h2 id={`template-${template.key}`} className="text-base font-semibold text-slate-900">
            {template.name}
          </h2>
          <div className="mt-2">
            <ZapFlow flow={template.flow} />
          </div>
          <p className="mt-3 text-sm text-slate-600">{template.description}</p>
          {template.setup ? (
            <p className="mt-2 text-sm text-slate-600">
              <span className="font-medium text-slate-800">{t("templates.beforePublish")} </span>
              {template.setup}
            </p>
          ) : null}
          <div className="mt-auto pt-4">
            <Link href={template.href} aria-label={t("templates.useLabel", { name: template.name })} className={buttonClasses("primary", "px-3 py-1.5")}>
              {t("templates.use")}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
