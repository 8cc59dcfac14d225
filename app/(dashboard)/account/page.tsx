import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { LanguageForm } from "@/components/account/language-form";
import { SessionList } from "@/components/account/session-list";
import { TimeZoneForm } from "@/components/account/time-zone-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { describeUserAgent } from "@/lib/auth/describe-user-agent";
import { listSessions } from "@/lib/auth/list-sessions";
import { isLocale } from "@/lib/i18n/is-locale";
import { languageName } from "@/lib/i18n/language-name";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("account.metaTitle") };
}

const SECTION = "rounded-xl border border-slate-200 bg-white p-6 shadow-sm";

export default async function AccountPage() {
  const user = await requireUser();
  const [sessions, t, cookieStore, headerList] = await Promise.all([
    listSessions({ userId: user.id, currentSessionId: user.sessionId }),
    getTranslations(),
    cookies(),
    headers(),
  ]);
  // What "Browser's language" would give: this browser's cookie, else its Accept-Language.
  const browserLocale = resolveLocale({ cookieLocale: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerList.get("accept-language") });
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.signedInAs", { email: user.email })} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-2">
        <section aria-labelledby="password-heading" className={SECTION}>
          <h2 id="password-heading" className="text-lg font-semibold text-slate-900">
            {t("account.password.heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("account.password.description")}</p>
          <div className="mt-4">
            <ChangePasswordForm />
          </div>
        </section>
        <section aria-labelledby="sessions-heading" className={SECTION}>
          <h2 id="sessions-heading" className="text-lg font-semibold text-slate-900">
            {t("account.sessions.heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("account.sessions.description")}</p>
          <div className="mt-4">
            <SessionList
              sessions={sessions.map((session) => ({
                id: session.id,
                device: describeUserAgent({ userAgent: session.userAgent, t }),
                userAgent: session.userAgent ?? "",
                ipAddress: session.ipAddress ?? t("account.sessions.unknownAddress"),
                signedInAt: session.createdAt.toISOString(),
                current: session.current,
              }))}
            />
          </div>
        </section>
        <section aria-labelledby="language-heading" className={SECTION}>
          <h2 id="language-heading" className="text-lg font-semibold text-slate-900">
            {t("account.language.heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("account.language.description")}</p>
          <div className="mt-4">
            <LanguageForm
              chosen={isLocale(user.locale) ? user.locale : null}
              browserLanguage={languageName({ locale: browserLocale })}
              languages={LOCALES.map((option) => ({ locale: option, name: languageName({ locale: option }) }))}
            />
          </div>
        </section>
        <section aria-labelledby="time-zone-heading" className={SECTION}>
          <h2 id="time-zone-heading" className="text-lg font-semibold text-slate-900">
            {t("account.timeZone.heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("account.timeZone.description")}</p>
          <div className="mt-4">
            <TimeZoneForm chosen={user.timeZone} zones={Intl.supportedValuesOf("timeZone")} />
          </div>
        </section>
      </div>
    </>
  );
}
