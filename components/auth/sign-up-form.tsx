"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;

export function SignUpForm() {
  const t = useTranslations();
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setPending(true);
    setError(undefined);
    try {
      const result = await signUpAction(input);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        return;
      }
      setFieldErrors({});
      const signedIn = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
      router.replace(signedIn?.ok ? "/zaps" : "/sign-in");
      router.refresh();
    } catch {
      setError(t("auth.signUp.failed"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      <TextField label={t("auth.fields.name")} name="name" autoComplete="name" error={fieldErrors.name} help={t("auth.fields.nameHelp")} />
      <TextField label={t("auth.fields.email")} name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <TextField
        label={t("auth.fields.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={fieldErrors.password}
        help={t("auth.fields.passwordHelp")}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("auth.signUp.submitting") : t("auth.signUp.submit")}
      </Button>
    </form>
  );
}
