import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { passwordResetLinkValid } from "@/lib/auth/password-reset/password-reset-link-valid";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("auth.resetPassword.title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const valid = await passwordResetLinkValid({ token: value });
  const t = await getTranslations();
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("auth.resetPassword.title")}</h1>
      {valid ? (
        <>
          <p className="mt-1 text-sm text-slate-600">{t("auth.resetPassword.subtitle")}</p>
          <div className="mt-6">
            <ResetPasswordForm token={value} />
          </div>
        </>
      ) : (
        <div className="mt-6 space-y-4">
          <Alert>{t("auth.resetPassword.linkInvalid")}</Alert>
          <Link href="/forgot-password" className="block text-center text-sm font-medium text-brand-600 hover:text-brand-700">
            {t("auth.resetPassword.askNewLink")}
          </Link>
        </div>
      )}
    </>
  );
}
