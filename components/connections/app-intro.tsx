import { useTranslations } from "next-intl";

const APPS = [
  { name: "Stripe", role: "connections.intro.triggers", description: "connections.intro.stripe" },
  { name: "Customer.io", role: "connections.intro.actions", description: "connections.intro.customerio" },
] as const;

/** What a user with no connections sees: which apps Conduit connects and in what order. */
export function AppIntro() {
  const t = useTranslations();
  return (
    <section aria-labelledby="no-connections">
      <h2 id="no-connections" className="sr-only">
        {t("connections.intro.heading")}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{t("connections.intro.none")}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {APPS.map((app) => (
          <li key={app.name} className="rounded-lg border border-slate-200 bg-white p-5">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t(app.role)}</p>
            <h3 className="mt-1 text-base font-semibold text-slate-900">{app.name}</h3>
            <p className="mt-2 text-sm text-slate-600">{t(app.description)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
