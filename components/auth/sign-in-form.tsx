"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

// next-auth's codes (CredentialsSignin: "authorize returned nothing"); our authorize throws
// readable messages, already in the page's language, instead.
const MESSAGES = {
  CredentialsSignin: "auth.signIn.wrongCredentials",
  SessionRequired: "auth.signIn.sessionRequired",
} as const;

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        const code = result?.error ?? "";
        setError(code in MESSAGES ? t(MESSAGES[code as keyof typeof MESSAGES]) : code || t("auth.signIn.failed"));
        return;
      }
      router.replace(callbackPath);
      router.refresh();
    } catch {
      setError(t("common.unreachable"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      <TextField label={t("auth.fields.email")} name="email" type="email" autoComplete="email" required autoFocus />
      <TextField label={t("auth.fields.password")} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
      </Button>
    </form>
  );
}
