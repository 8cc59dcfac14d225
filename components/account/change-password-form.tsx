"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import { changePasswordAction } from "@/app/(dashboard)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { ChangePasswordField } from "@/lib/auth/change-password";

export function ChangePasswordForm() {
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Record<ChangePasswordField, string>>>({});
  const [done, setDone] = useState<string>();
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
        const others = result.signedOutSessions;
        setDone(`Password changed. ${others === 0 ? "No other sessions were signed in." : `${others} other session${others === 1 ? " was" : "s were"} signed out.`}`);
      } catch {
        setFailed("Conduit could not be reached, so your password did not change. Check your connection and try again.");
      }
    });
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {failed ? <Alert>{failed}</Alert> : null}
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.newPassword}
        help="At least 8 characters; not a common password or your email address."
      />
      <TextField label="Confirm new password" name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing password…" : "Change password"}
      </Button>
    </form>
  );
}
