import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ZapVersionList } from "@/components/zaps/zap-version-list";
import { requireUser } from "@/lib/auth/current-user";
import { listZapVersions } from "@/lib/zaps/list-zap-versions";
import { zapIdSchema } from "@/lib/zaps/schema";

export const metadata: Metadata = { title: "Version history" };

export default async function ZapVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const history = zapIdSchema.safeParse(id).success ? await listZapVersions({ userId: user.id, zapId: id }) : null;
  if (!history) notFound();
  const current = history.versions.find((version) => version.current)?.number ?? null;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/zaps" className="text-slate-600 hover:text-brand-700">
          ← Zaps
        </Link>
      </nav>
      <PageHeader
        title={`Version history of “${history.zap.name}”`}
        description="Each time you publish the zap, its definition is kept as a numbered version. Runs use the current one."
        actions={
          <ButtonLink href={`/zaps/${history.zap.id}`} variant="secondary">
            Open the editor
          </ButtonLink>
        }
      />
      {history.versions.length === 0 ? (
        <EmptyState title="Not published yet" action={<ButtonLink href={`/zaps/${history.zap.id}`}>Open the editor</ButtonLink>}>
          Versions appear here once you publish the zap from the editor.
        </EmptyState>
      ) : (
        <div className="space-y-4">
          <Alert tone="info">Restoring a version copies it into the draft. It does not publish it: open the editor afterwards, check it and publish.</Alert>
          <ZapVersionList zapId={history.zap.id} versions={history.versions} currentNumber={current} />
        </div>
      )}
    </>
  );
}
