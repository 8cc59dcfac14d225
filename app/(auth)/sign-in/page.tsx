import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { currentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("auth.signIn.metaTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; reset?: string }> }) {
  const { callbackUrl, reset } = await searchParams;
  const destination = safeCallbackPath(callbackUrl);
  if (await currentUser()) redirect(destination);
  const t = await getTranslations();
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("auth.signIn.title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("auth.signIn.subtitle")}</p>
      {reset === "done" ? (
        <div className="mt-4">
          <Alert tone="success">{t("auth.signIn.resetDone")}</Alert>
        </div>
      ) : null}
      <div className="mt-6">
        <SignInForm callbackPath={destination} />
      </div>
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-600 hover:text-brand-700">
          {t("auth.signIn.forgotPassword")}
        </Link>
      </p>
      <p className="mt-6 text-center text-sm text-slate-600">
        {t("auth.signIn.newToConduit")}{" "}
        <Link href="/sign-up" className="font-medium text-brand-600 hover:text-brand-700">
          {t("auth.signIn.createAccount")}
        </Link>
      </p>
    </>
  );
}
