import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RunView } from "@/components/runs/run-view";
import { requireUser } from "@/lib/auth/current-user";
import { requestLocale } from "@/lib/i18n/request-locale";
import { getRun } from "@/lib/runs/get-run";
import { runIdSchema } from "@/lib/runs/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("runs.run.metaTitle") };
}

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = runIdSchema.safeParse((await params).id);
  const run = id.success ? await getRun({ userId: user.id, runId: id.data, locale: await requestLocale() }) : null;
  if (!run) notFound();
  return <RunView initial={run} />;
}
