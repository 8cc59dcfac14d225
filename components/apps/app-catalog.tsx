import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { AppIcon } from "@/components/zaps/app-icon";
import type { CatalogOverviewApp } from "@/lib/zaps/catalog-overview";

const GROUP_TITLES = { trigger: "apps.groups.trigger.title", lookup: "apps.groups.lookup.title", action: "apps.groups.action.title" } as const;
const GROUP_HELP = { trigger: "apps.groups.trigger.help", lookup: "apps.groups.lookup.help", action: "apps.groups.action.help" } as const;

/** Every trigger, lookup and action, each with a Try it link that opens the wizard with it chosen. */
export function AppCatalog({ apps }: { apps: CatalogOverviewApp[] }) {
  const t = useTranslations();
  return (
    <div className="space-y-10">
      {apps.map((app) => (
        <section key={app.key} aria-labelledby={`app-${app.key}`} className="space-y-4">
          <div className="flex items-start gap-3">
            <AppIcon app={app.key} />
            <div>
              <h2 id={`app-${app.key}`} className="text-lg font-semibold text-slate-900">
                {app.name}
              </h2>
              <p className="text-sm text-slate-600">{app.description}</p>
            </div>
          </div>
          {app.groups.map((group) => (
            <section key={group.kind} aria-labelledby={`app-${app.key}-${group.kind}`} className="space-y-2">
              <h3 id={`app-${app.key}-${group.kind}`} className="text-sm font-semibold uppercase tracking-wide text-slate-500">
                {t(GROUP_TITLES[group.kind])} <span className="font-normal normal-case tracking-normal">· {t(GROUP_HELP[group.kind])}</span>
              </h3>
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                {group.entries.map((entry) => (
                  <li key={entry.key} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start sm:justify-between">
                    <div className="min-w-0">
                      <h4 className="text-sm font-medium text-slate-900">{entry.name}</h4>
                      <p className="mt-0.5 text-sm text-slate-600">{entry.description}</p>
                      {entry.eventTypes.length > 0 ? (
                        <p className="mt-1 text-xs text-slate-500">
                          {t("apps.stripeEvents")} <span className="font-mono">{entry.eventTypes.join(", ")}</span>
                        </p>
                      ) : null}
                    </div>
                    <Link
                      href={entry.tryHref}
                      aria-label={t("apps.tryItLabel", { name: entry.name })}
                      className={buttonClasses("secondary", "shrink-0 px-3 py-1.5")}
                    >
                      {t("apps.tryIt")}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
