import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TemplateGallery } from "@/components/templates/template-gallery";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { describeZapFlow } from "@/lib/zaps/describe-zap-flow";
import { newZapHref } from "@/lib/zaps/new-zap-href";
import { zapTemplates } from "@/lib/zaps/templates/zap-templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("templates.page.title") };
}

export default async function TemplatesPage() {
  await requireUser();
  const t = await getTranslations();
  const templates = zapTemplates.map((template) => ({
    key: template.key,
    name: template.name,
    description: template.description,
    setup: template.setup,
    flow: describeZapFlow({ definition: template.definition }),
    href: newZapHref({ template: template.key }),
  }));
  return (
    <>
      <PageHeader title={t("templates.page.title")} description={t("templates.page.description")} />
      <TemplateGallery templates={templates} />
    </>
  );
}
