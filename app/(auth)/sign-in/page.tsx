import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl } = await searchParams;
  const destination = safeCallbackPath(callbackUrl);
  if (await currentUser()) redirect(destination);
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Sign in to Conduit</h1>
      <p className="mt-1 text-sm text-slate-600">Welcome back.</p>
      <div className="mt-6">
        <SignInForm callbackPath={destination} />
      </div>
      <p className="mt-6 text-center text-sm text-slate-600">
        New to Conduit?{" "}
        <Link href="/sign-up" className="font-medium text-brand-600 hover:text-brand-700">
          Create an account
        </Link>
      </p>
    </>
  );
}
