import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { DemoNotice } from "@/components/demo/demo-notice";
import { currentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await currentUser()) redirect("/zaps");
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Create your Conduit account</h1>
      <p className="mt-1 text-sm text-slate-600">Automate Customer.io from your Stripe events.</p>
      {env().CONDUIT_DEMO ? <DemoNotice /> : null}
      <div className="mt-6">
        <SignUpForm />
      </div>
      <p className="mt-6 text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 hover:text-brand-700">
          Sign in
        </Link>
      </p>
    </>
  );
}
