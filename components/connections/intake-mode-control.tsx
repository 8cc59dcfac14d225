"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { setIntakeMode } from "@/app/(dashboard)/connections/intake-actions";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import type { StripeIntakeMode } from "@/lib/catalog/stripe/intake/stripe-intake-mode";
import type { StripeIntakeChoice } from "@/lib/connections/set-stripe-intake-mode";

/** Chooses how a Stripe connection's events arrive: automatically, or forced to sync or webhook. */
export function IntakeModeControl({ connectionId, choice, mode }: { connectionId: string; choice: StripeIntakeChoice; mode: StripeIntakeMode }) {
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
      setError("Conduit could not save the choice just now. Try again in a moment.");
    }
  }

  return (
    <div className="mt-2 max-w-md space-y-2">
      <SelectField
        label="How events arrive"
        value={selected}
        disabled={save.isPending}
        onChange={(event) => void change(event.target.value as StripeIntakeChoice)}
        options={[
          { value: "automatic", label: choice === "automatic" ? `Automatic (now ${mode})` : "Automatic: webhook once Stripe can deliver, else sync" },
          { value: "sync", label: "Sync: Conduit checks Stripe every few seconds" },
          { value: "webhook", label: "Webhook: Stripe sends each event" },
        ]}
      />
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
