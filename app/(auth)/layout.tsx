import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { Logo } from "@/components/shell/logo";
import { languageName } from "@/lib/i18n/language-name";
import { LOCALES } from "@/lib/i18n/locales";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <div className="mb-8">
        <Logo />
      </div>
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
      <footer>
        <LanguageSwitch languages={LOCALES.map((locale) => ({ locale, name: languageName({ locale }) }))} />
      </footer>
    </main>
  );
}
