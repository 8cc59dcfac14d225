import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { passwordResetLinkValid } from "@/lib/auth/password-reset/password-reset-link-valid";
import { RESET_LINK_INVALID } from "@/lib/auth/password-reset/reset-password-with-token";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const valid = await passwordResetLinkValid({ token: value });
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Choose a new password</h1>
      {valid ? (
        <>
          <p className="mt-1 text-sm text-slate-600">Setting it signs out every browser signed in to your account.</p>
          <div className="mt-6">
            <ResetPasswordForm token={value} />
          </div>
        </>
      ) : (
        <div className="mt-6 space-y-4">
          <Alert>{RESET_LINK_INVALID}</Alert>
          <Link href="/forgot-password" className="block text-center text-sm font-medium text-brand-600 hover:text-brand-700">
            Ask for a new link
          </Link>
        </div>
      )}
    </>
  );
}
