"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/password-reset-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function ForgotPasswordForm() {
  const t = useTranslations();
  const [answer, setAnswer] = useState<{ ok: boolean; message: string }>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setAnswer(undefined);
    startTransition(async () => {
      try {
        setAnswer(await requestPasswordResetAction({ email }));
      } catch {
        setAnswer({ ok: false, message: t("common.unreachable") });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {answer ? <Alert tone={answer.ok ? "success" : "error"}>{answer.message}</Alert> : null}
      <TextField label={t("auth.fields.email")} name="email" type="email" autoComplete="email" required autoFocus />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("auth.forgotPassword.submitting") : t("auth.forgotPassword.submit")}
      </Button>
    </form>
  );
}
