import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { DemoNotice } from "@/components/demo/demo-notice";
import { currentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("auth.signUp.metaTitle") };
}

export default async function SignUpPage() {
  if (await currentUser()) redirect("/zaps");
  const t = await getTranslations();
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("auth.signUp.title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("auth.signUp.subtitle")}</p>
      {env().CONDUIT_DEMO ? <DemoNotice /> : null}
      <div className="mt-6">
        <SignUpForm />
      </div>
      <p className="mt-6 text-center text-sm text-slate-600">
        {t("auth.signUp.haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 hover:text-brand-700">
          {t("auth.signUp.signIn")}
        </Link>
      </p>
    </>
  );
}
