"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { connectStripe } from "@/app/(dashboard)/connections/actions";
import { ExternalLink } from "@/components/connections/external-link";
import { StripeAccountLine } from "@/components/connections/stripe-account-line";
import { useFocusFirstError } from "@/components/connections/use-focus-first-error";
import { WebhookSetupForm } from "@/components/connections/webhook-setup-form";
import type { StripeWebhookGuide } from "@/lib/connections/stripe-webhook-guide";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { StripeConnectionField } from "@/lib/connections/schema";

type Step =
  | { step: "key" }
  | { step: "webhook"; connectionId: string; accountName: string | null; livemode: boolean; webhookUrl: string; warning?: string };

/** Step 1: the API key. Step 2, only when Stripe cannot reach Conduit: the webhook endpoint, added by hand. */
export function ConnectStripeForm({
  guide,
  onDone,
  onCancel,
}: {
  guide: StripeWebhookGuide;
  onDone: (message: string, warning?: string) => void;
  onCancel: () => void;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [step, setStep] = useState<Step>({ step: "key" });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<StripeConnectionField, string>>>({});
  const [formError, setFormError] = useState<string>();
  const connect = useMutation({ mutationFn: connectStripe });
  useFocusFirstError({ form, errors: fieldErrors });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setFormError(undefined);
    try {
      const result = await connect.mutateAsync({ secretKey: String(data.get("secretKey") ?? ""), label: String(data.get("label") ?? "") });
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setFormError(result.formError);
        return;
      }
      const account = `${result.accountName ?? "your Stripe account"} (${result.livemode ? "live mode" : "test mode"})`;
      if (result.webhook.mode === "managed") {
        onDone(`Connected ${account}. Conduit added its webhook endpoint in Stripe.`, result.warning);
        return;
      }
      setStep({
        step: "webhook",
        connectionId: result.connectionId,
        accountName: result.accountName,
        livemode: result.livemode,
        webhookUrl: result.webhook.url,
        warning: result.warning,
      });
    } catch {
      setFormError("Conduit could not save the connection just now. Nothing was saved; try again in a moment.");
    }
  }

  if (step.step === "webhook") {
    return (
      <div className="space-y-5">
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          <p className="font-medium">Key saved</p>
          <StripeAccountLine accountName={step.accountName} livemode={step.livemode} />
        </div>
        {step.warning ? <Alert tone="warning">{step.warning}</Alert> : null}
        <WebhookSetupForm
          connectionId={step.connectionId}
          webhookUrl={step.webhookUrl}
          livemode={step.livemode}
          guide={guide}
          onSaved={() => onDone(`Connected ${step.accountName ?? "your Stripe account"}; Stripe's events will reach Conduit through the endpoint you added.`)}
          onLater={() => onDone("Stripe is connected. Add the webhook endpoint from the connection's “Set up webhook” button when you are ready.")}
          laterLabel="Do this later"
        />
      </div>
    );
  }

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField
        label="Secret or restricted key"
        name="secretKey"
        required
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        placeholder="sk_test_… or rk_live_…"
        className="font-mono"
        error={fieldErrors.secretKey}
        help={
          <div className="space-y-1">
            <p>
              In Stripe, open <strong className="font-medium text-slate-700">Developers → API keys</strong> (
              <ExternalLink href="https://dashboard.stripe.com/test/apikeys">test keys</ExternalLink>,{" "}
              <ExternalLink href="https://dashboard.stripe.com/apikeys">live keys</ExternalLink>). A test key (sk_test_…) sees only test data: use it to try
              Conduit, then connect a live key for real customers.
            </p>
            <p>
              A restricted key (rk_…) is safer: give it <em>Read</em> on Customers, Charges, Subscriptions, Invoices and Events, and <em>Write</em> on
              Webhook endpoints.
            </p>
          </div>
        }
      />
      <TextField label="Name (optional)" name="label" autoComplete="off" error={fieldErrors.label} help="How this account appears in Conduit. Defaults to its name in Stripe." />
      <p className="text-xs text-slate-500">Conduit checks the key with Stripe and stores it encrypted. It is never shown again; only its last 4 characters are.</p>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={connect.isPending}>
          {connect.isPending ? "Checking with Stripe…" : "Connect"}
        </Button>
      </div>
      {connect.isPending ? (
        <p role="status" className="sr-only">
          Checking the key with Stripe.
        </p>
      ) : null}
    </form>
  );
}
