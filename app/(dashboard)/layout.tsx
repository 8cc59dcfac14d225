import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { TimeZoneProvider } from "@/components/ui/time-zone-context";
import { requireUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("shell.skipToContent")}
      </a>
      <AppHeader email={user.email} name={user.name} demo={env().CONDUIT_DEMO} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">
        <TimeZoneProvider timeZone={user.timeZone}>{children}</TimeZoneProvider>
      </main>
    </div>
  );
}
