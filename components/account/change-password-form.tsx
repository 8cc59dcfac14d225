"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { changePasswordAction } from "@/app/(dashboard)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { ChangePasswordField } from "@/lib/auth/change-password";

export function ChangePasswordForm() {
  const t = useTranslations();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Record<ChangePasswordField, string>>>({});
  // How many other sessions were signed out: the message is worded at render, in the current language.
  const [done, setDone] = useState<number>();
  const [failed, setFailed] = useState<string>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: ChangePasswordField) => String(data.get(name) ?? "");
    setDone(undefined);
    setFailed(undefined);
    startTransition(async () => {
      try {
        const result = await changePasswordAction({
          currentPassword: field("currentPassword"),
          newPassword: field("newPassword"),
          confirmPassword: field("confirmPassword"),
        });
        if (!result.ok) {
          setErrors(result.fieldErrors);
          return;
        }
        setErrors({});
        form.current?.reset();
        setDone(result.signedOutSessions);
      } catch {
        setFailed(t("account.password.unreachable"));
      }
    });
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      {done === undefined ? null : <Alert tone="success">{t("account.password.changed", { others: done })}</Alert>}
      {failed ? <Alert>{failed}</Alert> : null}
      <TextField
        label={t("account.password.current")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <TextField
        label={t("auth.fields.newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.newPassword}
        help={t("account.password.help")}
      />
      <TextField
        label={t("auth.fields.confirmNewPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("account.password.submitting") : t("account.password.submit")}
      </Button>
    </form>
  );
}
