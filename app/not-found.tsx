import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  // Rendered per request, like every page, so its scripts carry the CSP nonce (proxy.ts).
  await connection();
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{t("notFound.title")}</h1>
      <p className="text-sm text-slate-600">{t("notFound.description")}</p>
      <Link href="/zaps" className="text-sm font-medium text-brand-600 hover:text-brand-700">
        {t("notFound.goToZaps")}
      </Link>
    </main>
  );
}
