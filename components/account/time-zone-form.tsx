"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { setTimeZoneAction } from "@/app/(dashboard)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { useHydrated } from "@/components/ui/use-hydrated";

const BROWSER = "";

/** The Account page's Time zone setting: a zone, or the browser's (the default). */
export function TimeZoneForm({ chosen, zones }: { chosen: string | null; zones: string[] }) {
  const t = useTranslations();
  const router = useRouter();
  const hydrated = useHydrated();
  const [answer, setAnswer] = useState<"saved" | "unreachable" | { message: string }>();
  const [pending, startTransition] = useTransition();
  const browserZone = hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("timeZone") ?? BROWSER);
    setAnswer(undefined);
    startTransition(async () => {
      try {
        const result = await setTimeZoneAction({ timeZone: value === BROWSER ? null : value });
        setAnswer(result.ok ? "saved" : { message: result.message });
        router.refresh();
      } catch {
        setAnswer("unreachable");
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {answer === "saved" ? <Alert tone="success">{t("account.timeZone.saved")}</Alert> : null}
      {answer === "unreachable" ? <Alert>{t("account.timeZone.unreachable")}</Alert> : null}
      {typeof answer === "object" ? <Alert>{answer.message}</Alert> : null}
      <SelectField
        label={t("account.timeZone.label")}
        name="timeZone"
        defaultValue={chosen ?? BROWSER}
        options={[
          { value: BROWSER, label: browserZone ? t("account.timeZone.browserDetected", { zone: browserZone }) : t("account.timeZone.browser") },
          // A zone chosen earlier stays listed even if this runtime's list no longer has it.
          ...(chosen && !zones.includes(chosen) ? [chosen] : []).concat(zones).map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") })),
        ]}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("account.timeZone.submitting") : t("account.timeZone.submit")}
      </Button>
    </form>
  );
}
