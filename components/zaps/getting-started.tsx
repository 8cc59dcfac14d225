import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ConnectAppStep } from "@/lib/zaps/connect-app-steps";

const FIRST_ZAP = {
  title: "zaps.gettingStarted.firstZap.title",
  description: "zaps.gettingStarted.firstZap.description",
  href: "/zaps/new",
  done: false,
} as const;

/** The first-run checklist: what a new user does, in order (connect each app, then create a zap), with the next step highlighted. */
export function GettingStarted({ connectSteps }: { connectSteps: readonly ConnectAppStep[] }) {
  const t = useTranslations();
  const steps = [...connectSteps.map((step) => ({ ...step, href: `/connections?connect=${step.app}` })), FIRST_ZAP];
  const next = steps.findIndex((step) => !step.done);

  return (
    <section aria-labelledby="getting-started" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="getting-started" className="text-base font-semibold text-slate-900">
        {t("zaps.gettingStarted.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("zaps.gettingStarted.intro")}</p>
      <ol className="mt-6 space-y-4">
        {steps.map((step, index) => (
          <li key={step.title} className="flex gap-4">
            <span
              aria-hidden="true"
              className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${
                step.done ? "bg-emerald-100 text-emerald-700" : index === next ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-500"
              }`}
            >
              {step.done ? "✓" : index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <h3 className="text-sm font-medium text-slate-900">
                {t(step.title)}
                {step.done ? <span className="sr-only"> {t("zaps.gettingStarted.done")}</span> : null}
              </h3>
              <p className="mt-0.5 text-sm text-slate-600">{t(step.description)}</p>
              {index === next ? (
                <Link href={step.href} className="mt-2 inline-block text-sm font-medium text-brand-600 hover:text-brand-700">
                  {t("zaps.gettingStarted.next", { action: t(step.title) })}
                </Link>
              ) : null}
              {index === next && step.href === "/zaps/new" ? (
                <Link href="/templates" className="ml-4 mt-2 inline-block text-sm font-medium text-brand-600 hover:text-brand-700">
                  {t("zaps.gettingStarted.browseTemplates")}
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
