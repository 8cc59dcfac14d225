import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportPastEvents } from "@/components/imports/import-past-events";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getStripeImportPage } from "@/lib/imports/get-stripe-import-page";
import { zapIdSchema } from "@/lib/zaps/schema";

export const metadata: Metadata = { title: "Import past events" };

export default async function ImportPastEventsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const page = zapIdSchema.safeParse(id).success ? await getStripeImportPage({ userId: user.id, zapId: id }) : null;
  if (!page) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/runs?zapId=${page.zap.id}`} className="text-slate-600 hover:text-brand-700">
          ← Runs of this zap
        </Link>
      </nav>
      <PageHeader
        title={`Import past events into “${page.zap.name}”`}
        description="Stripe keeps events for 30 days. Pick a time range: Conduit counts the events of this zap's trigger in it, then runs the ones this zap has not run yet, each marked Imported in the run history."
      />
      {page.problem ? <Alert tone="warning">{page.problem}</Alert> : <ImportPastEvents zapId={page.zap.id} latest={page.latest} />}
    </>
  );
}
