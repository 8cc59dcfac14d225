"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { resetPasswordAction } from "@/app/(auth)/password-reset-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { ResetPasswordField } from "@/lib/auth/password-reset/reset-password-with-token";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
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
        setFailed(t("auth.resetPassword.unreachable"));
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
              {t("auth.resetPassword.askNewLink")}
            </Link>
          ) : null}
        </Alert>
      ) : null}
      <TextField
        label={t("auth.fields.newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        error={errors.newPassword}
        help={t("auth.resetPassword.newPasswordHelp")}
      />
      <TextField
        label={t("auth.fields.confirmNewPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("auth.resetPassword.submitting") : t("auth.resetPassword.submit")}
      </Button>
    </form>
  );
}
