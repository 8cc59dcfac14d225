import type { Metadata } from "next";
import { AppCatalog } from "@/components/apps/app-catalog";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { catalogOverview } from "@/lib/zaps/catalog-overview";

export const metadata: Metadata = { title: "Apps" };

export default async function AppsPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Apps" description="What Conduit can do with Stripe and Customer.io. Try it opens a new zap with that trigger or step already chosen." />
      <AppCatalog apps={catalogOverview()} />
    </>
  );
}
