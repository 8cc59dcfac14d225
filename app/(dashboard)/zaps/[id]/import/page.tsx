import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportPastEvents } from "@/components/imports/import-past-events";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { importProblemText } from "@/lib/catalog/stripe/import/import-problem";
import { getStripeImportPage } from "@/lib/catalog/stripe/import/get-stripe-import-page";
import { zapIdSchema } from "@/lib/zaps/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("imports.page.metaTitle") };
}

export default async function ImportPastEventsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const locale = await requestLocale();
  const page = zapIdSchema.safeParse(id).success ? await getStripeImportPage({ userId: user.id, zapId: id, locale }) : null;
  if (!page) notFound();
  // translator() rather than getTranslations(): the tenant-isolation test calls this page outside a request.
  const t = await translator({ locale });
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-4 text-sm">
        <Link href={`/runs?zapId=${page.zap.id}`} className="text-slate-600 hover:text-brand-700">
          {t("imports.page.back")}
        </Link>
      </nav>
      <PageHeader title={t("imports.page.title", { zap: page.zap.name })} description={t("imports.page.description")} />
      {page.problem ? (
        <Alert tone="warning">{importProblemText({ t, problem: page.problem })}</Alert>
      ) : (
        <ImportPastEvents zapId={page.zap.id} latest={page.latest} />
      )}
    </>
  );
}
