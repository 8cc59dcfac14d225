"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { resetPasswordAction } from "@/app/(auth)/password-reset-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { ResetPasswordField } from "@/lib/auth/password-reset/reset-password-with-token";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Partial<Record<ResetPasswordField, string>>>({});
  const [failed, setFailed] = useState<string>();
  const [linkInvalid, setLinkInvalid] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: ResetPasswordField) => String(data.get(name) ?? "");
    setFailed(undefined);
    startTransition(async () => {
      try {
        const result = await resetPasswordAction({ token, newPassword: field("newPassword"), confirmPassword: field("confirmPassword") });
        if (result.ok) {
          router.replace("/sign-in?reset=done");
          router.refresh();
        } else if (result.linkInvalid) {
          setLinkInvalid(true);
          setFailed(result.message);
        } else {
          setErrors(result.fieldErrors);
        }
      } catch {
        setFailed("Conduit could not be reached, so your password did not change. Check your connection and try again.");
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {failed ? (
        <Alert>
          {failed}{" "}
          {linkInvalid ? (
            <Link href="/forgot-password" className="font-medium underline">
              Ask for a new link
            </Link>
          ) : null}
        </Alert>
      ) : null}
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        error={errors.newPassword}
        help="8 to 128 characters; not a common password or your email address."
      />
      <TextField label="Confirm new password" name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
