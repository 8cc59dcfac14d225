"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setIntakeMode } from "@/app/(dashboard)/connections/intake-actions";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import type { StripeIntakeMode } from "@/lib/catalog/stripe/intake/stripe-intake-mode";
import type { StripeIntakeChoice } from "@/lib/catalog/stripe/intake/set-stripe-intake-mode";

/** Chooses how a Stripe connection's events arrive: automatically, or forced to sync or webhook. */
export function IntakeModeControl({ connectionId, choice, mode }: { connectionId: string; choice: StripeIntakeChoice; mode: StripeIntakeMode }) {
  const t = useTranslations();
  const router = useRouter();
  const [selected, setSelected] = useState<StripeIntakeChoice>(choice);
  const [error, setError] = useState<string>();
  const save = useMutation({ mutationFn: setIntakeMode });

  async function change(next: StripeIntakeChoice) {
    setError(undefined);
    setSelected(next);
    try {
      const result = await save.mutateAsync({ connectionId, choice: next });
      if (!result.ok) {
        setSelected(choice);
        setError(result.message);
        return;
      }
      router.refresh();
    } catch {
      setSelected(choice);
      setError(t("connections.intake.failed"));
    }
  }

  return (
    <div className="mt-2 max-w-md space-y-2">
      <SelectField
        label={t("connections.intake.label")}
        value={selected}
        disabled={save.isPending}
        onChange={(event) => void change(event.target.value as StripeIntakeChoice)}
        options={[
          {
            value: "automatic",
            label:
              choice !== "automatic"
                ? t("connections.intake.automatic")
                : mode === "sync"
                  ? t("connections.intake.automaticNowSync")
                  : t("connections.intake.automaticNowWebhook"),
          },
          { value: "sync", label: t("connections.intake.sync") },
          { value: "webhook", label: t("connections.intake.webhook") },
        ]}
      />
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
