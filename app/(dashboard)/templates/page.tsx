import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TemplateGallery } from "@/components/templates/template-gallery";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { requestLocale } from "@/lib/i18n/request-locale";
import { describeZapFlow } from "@/lib/zaps/describe-zap-flow";
import { newZapHref } from "@/lib/zaps/new-zap-href";
import { localizedTemplates } from "@/lib/zaps/templates/localized-templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("templates.page.title") };
}

export default async function TemplatesPage() {
  await requireUser();
  const locale = await requestLocale();
  const [t, apps, zapTemplates] = await Promise.all([getTranslations(), localizedApps({ locale }), localizedTemplates({ locale })]);
  const templates = zapTemplates.map((template) => ({
    key: template.key,
    name: template.name,
    description: template.description,
    setup: template.setup,
    flow: describeZapFlow({ definition: template.definition, apps }),
    href: newZapHref({ template: template.key }),
  }));
  return (
    <>
      <PageHeader title={t("templates.page.title")} description={t("templates.page.description")} />
      <TemplateGallery templates={templates} />
    </>
  );
}
