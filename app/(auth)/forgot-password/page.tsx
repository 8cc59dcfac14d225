import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("auth.forgotPassword.metaTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations();
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("auth.forgotPassword.title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("auth.forgotPassword.subtitle")}</p>
      <div className="mt-6">
        <ForgotPasswordForm />
      </div>
      <p className="mt-6 text-center text-sm text-slate-600">
        {t("auth.forgotPassword.remembered")}{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 hover:text-brand-700">
          {t("auth.forgotPassword.signIn")}
        </Link>
      </p>
    </>
  );
}
