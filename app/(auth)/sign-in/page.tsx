import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { currentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; reset?: string }> }) {
  const { callbackUrl, reset } = await searchParams;
  const destination = safeCallbackPath(callbackUrl);
  if (await currentUser()) redirect(destination);
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Sign in to Conduit</h1>
      <p className="mt-1 text-sm text-slate-600">Welcome back.</p>
      {reset === "done" ? (
        <div className="mt-4">
          <Alert tone="success">Your password was changed and every session signed out. Sign in with your new password.</Alert>
        </div>
      ) : null}
      <div className="mt-6">
        <SignInForm callbackPath={destination} />
      </div>
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-600 hover:text-brand-700">
          Forgot password?
        </Link>
      </p>
      <p className="mt-6 text-center text-sm text-slate-600">
        New to Conduit?{" "}
        <Link href="/sign-up" className="font-medium text-brand-600 hover:text-brand-700">
          Create an account
        </Link>
      </p>
    </>
  );
}
