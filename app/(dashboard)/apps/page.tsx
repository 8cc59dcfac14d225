import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppCatalog } from "@/components/apps/app-catalog";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { catalogOverview } from "@/lib/zaps/catalog-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("apps.page.title") };
}

export default async function AppsPage() {
  await requireUser();
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("apps.page.title")} description={t("apps.page.description")} />
      <AppCatalog apps={catalogOverview()} />
    </>
  );
}
