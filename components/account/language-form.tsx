"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { setLanguageAction } from "@/app/(dashboard)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { isLocale } from "@/lib/i18n/is-locale";
import type { Locale } from "@/lib/i18n/locales";

const AUTOMATIC = "";

/** The Account page's Language setting: one of Conduit's languages, or the browser's. */
export function LanguageForm({
  chosen,
  browserLanguage,
  languages,
}: {
  chosen: Locale | null;
  browserLanguage: string;
  languages: { locale: Locale; name: string }[];
}) {
  const t = useTranslations();
  const router = useRouter();
  // Kept as state, not text, so the message shows in the language just chosen once the page reloads.
  const [answer, setAnswer] = useState<"saved" | "unreachable" | { message: string }>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("locale") ?? AUTOMATIC);
    setAnswer(undefined);
    startTransition(async () => {
      try {
        const result = await setLanguageAction({ locale: isLocale(value) ? value : null });
        setAnswer(result.ok ? "saved" : { message: result.message });
        router.refresh();
      } catch {
        setAnswer("unreachable");
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {answer === "saved" ? <Alert tone="success">{t("account.language.saved")}</Alert> : null}
      {answer === "unreachable" ? <Alert>{t("account.language.unreachable")}</Alert> : null}
      {typeof answer === "object" ? <Alert>{answer.message}</Alert> : null}
      <SelectField
        label={t("account.language.label")}
        name="locale"
        defaultValue={chosen ?? AUTOMATIC}
        options={[
          { value: AUTOMATIC, label: t("account.language.automatic", { language: browserLanguage }) },
          ...languages.map(({ locale, name }) => ({ value: locale, label: name })),
        ]}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("account.language.submitting") : t("account.language.submit")}
      </Button>
    </form>
  );
}
