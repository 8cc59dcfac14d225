"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { chooseLanguageAction } from "@/app/(auth)/actions";
import type { Locale } from "@/lib/i18n/locales";

/** The signed-out pages' footer: each language by its own name; choosing one sets the `locale` cookie. */
export function LanguageSwitch({ languages }: { languages: { locale: Locale; name: string }[] }) {
  const t = useTranslations();
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  return (
    <nav aria-label={t("language.switchLabel")} className="mt-6">
      <ul className="flex flex-wrap justify-center gap-x-1 text-sm text-slate-600">
        {languages.map(({ locale, name }) => (
          <li key={locale}>
            <button
              type="button"
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  await chooseLanguageAction({ locale });
                  router.refresh();
                })
              }
              className={`rounded px-2 py-1 ${locale === current ? "font-semibold text-slate-900" : "text-brand-600 hover:text-brand-700 hover:underline"}`}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
