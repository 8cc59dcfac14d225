import type { Metadata } from "next";
import { CreateZap } from "@/components/builder/create-zap";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "New zap" };

/**
 * Opening this page creates nothing by itself (links to it are prefetched): the client asks for the
 * draft with a server action, then moves to the builder.
 */
export default async function NewZapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const params = await searchParams;
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  const starter = { template: one(params.template), trigger: one(params.trigger), step: one(params.step) };
  // Keyed by the link, so following another /zaps/new link from this page asks again.
  return <CreateZap key={JSON.stringify(starter)} {...starter} />;
}
