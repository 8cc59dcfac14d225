import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppCatalog } from "@/components/apps/app-catalog";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { requestLocale } from "@/lib/i18n/request-locale";
import { catalogOverview } from "@/lib/zaps/catalog-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("apps.page.title") };
}

export default async function AppsPage() {
  await requireUser();
  const [t, apps] = await Promise.all([getTranslations(), localizedApps({ locale: await requestLocale() })]);
  return (
    <>
      <PageHeader title={t("apps.page.title")} description={t("apps.page.description")} />
      <AppCatalog apps={catalogOverview({ apps })} />
    </>
  );
}
