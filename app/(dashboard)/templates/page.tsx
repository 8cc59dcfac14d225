import type { Metadata } from "next";
import { TemplateGallery } from "@/components/templates/template-gallery";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { describeZapFlow } from "@/lib/zaps/describe-zap-flow";
import { newZapHref } from "@/lib/zaps/new-zap-href";
import { zapTemplates } from "@/lib/zaps/templates/zap-templates";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage() {
  await requireUser();
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
      <PageHeader
        title="Templates"
        description="Ready-made zaps for common Stripe to Customer.io automations. A template opens in the editor with its fields mapped: pick your connections, check it and publish."
      />
      <TemplateGallery templates={templates} />
    </>
  );
}
