import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ZapVersionList } from "@/components/zaps/zap-version-list";
import { requireUser } from "@/lib/auth/current-user";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { listZapVersions } from "@/lib/zaps/list-zap-versions";
import { zapIdSchema } from "@/lib/zaps/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("zaps.versions.metaTitle") };
}

export default async function ZapVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const history = zapIdSchema.safeParse(id).success ? await listZapVersions({ userId: user.id, zapId: id, locale: await requestLocale() }) : null;
  if (!history) notFound();
  const current = history.versions.find((version) => version.current)?.number ?? null;
  // translator() rather than getTranslations(): the tenant-isolation test calls this page outside a request.
  const t = await translator({ locale: await requestLocale() });
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-4 text-sm">
        <Link href="/zaps" className="text-slate-600 hover:text-brand-700">
          {t("zaps.versions.back")}
        </Link>
      </nav>
      <PageHeader
        title={t("zaps.versions.title", { zap: history.zap.name })}
        description={t("zaps.versions.description")}
        actions={
          <ButtonLink href={`/zaps/${history.zap.id}`} variant="secondary">
            {t("zaps.versions.openEditor")}
          </ButtonLink>
        }
      />
      {history.versions.length === 0 ? (
        <EmptyState title={t("zaps.versions.empty.title")} action={<ButtonLink href={`/zaps/${history.zap.id}`}>{t("zaps.versions.openEditor")}</ButtonLink>}>
          {t("zaps.versions.empty.body")}
        </EmptyState>
      ) : (
        <div className="space-y-4">
          <Alert tone="info">{t("zaps.versions.restoreNote")}</Alert>
          <ZapVersionList zapId={history.zap.id} versions={history.versions} currentNumber={current} />
        </div>
      )}
    </>
  );
}
