"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { saveSigningSecret } from "@/app/(dashboard)/connections/actions";
import { ExternalLink } from "@/components/connections/external-link";
import { useFocusFirstError } from "@/components/connections/use-focus-first-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { TextField } from "@/components/ui/text-field";
import type { StripeWebhookGuide } from "@/lib/connections/stripe-webhook-guide";

export function WebhookSetupForm({
  connectionId,
  webhookUrl,
  livemode,
  guide,
  onSaved,
  onLater,
  laterLabel = "Cancel",
}: {
  connectionId: string;
  webhookUrl: string;
  livemode: boolean;
  guide: StripeWebhookGuide;
  onSaved: () => void;
  onLater: () => void;
  laterLabel?: string;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<{ signingSecret?: string }>({});
  const [formError, setFormError] = useState<string>();
  const save = useMutation({ mutationFn: saveSigningSecret });
  useFocusFirstError({ form, errors: fieldErrors, formError });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const signingSecret = String(new FormData(event.currentTarget).get("signingSecret") ?? "");
    setFormError(undefined);
    try {
      const result = await save.mutateAsync({ connectionId, signingSecret });
      if (!result.ok) {
        setFieldErrors({ signingSecret: result.fieldErrors.signingSecret });
        setFormError(result.formError ?? result.fieldErrors.connectionId);
        return;
      }
      onSaved();
    } catch {
      setFormError("Conduit could not save the signing secret just now. Try again in a moment.");
    }
  }

  const webhooksPage = `https://dashboard.stripe.com/${livemode ? "" : "test/"}webhooks`;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">
        {guide.reason ? (
          <>
            Stripe cannot reach Conduit at <span className="font-mono text-xs">{guide.appUrl}</span> ({guide.reason}), so add the webhook endpoint in Stripe
            yourself. Use this address if a tunnel or proxy makes it reachable, or your public one with the same path:
          </>
        ) : (
          "Add the webhook endpoint in Stripe yourself:"
        )}
      </p>
      {formError ? <Alert>{formError}</Alert> : null}
      <ol className="list-decimal space-y-4 pl-5 text-sm text-slate-700 marker:font-semibold marker:text-slate-500">
        <li>
          In Stripe, open <strong className="font-medium text-slate-800">Developers → Webhooks → Add destination</strong> (
          <ExternalLink href={webhooksPage}>open it</ExternalLink>) and choose <em>Your account</em>.
        </li>
        <li className="space-y-2">
          <p>
            Select API version <span className="font-mono text-xs">{guide.apiVersion}</span> and these {guide.events.length} events:
          </p>
          <details className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
            <summary className="cursor-pointer text-sm font-medium text-slate-800">Show the events</summary>
            <ul className="mt-2 grid gap-x-4 gap-y-0.5 break-all font-mono text-[11px] leading-5 text-slate-700 sm:grid-cols-2">
              {guide.events.map((event) => (
                <li key={event}>{event}</li>
              ))}
            </ul>
          </details>
        </li>
        <li>
          <CopyField label="Webhook URL" value={webhookUrl} help="The endpoint URL to paste in Stripe; the last part identifies this connection." />
        </li>
        <li>
          <TextField
            label="Signing secret"
            name="signingSecret"
            required
            autoComplete="off"
            spellCheck={false}
            placeholder="whsec_…"
            className="font-mono"
            error={fieldErrors.signingSecret}
            help="After creating the endpoint, click Reveal under Signing secret in Stripe and paste it here. Conduit uses it to check that events really come from Stripe."
          />
        </li>
      </ol>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onLater}>
          {laterLabel}
        </Button>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save signing secret"}
        </Button>
      </div>
    </form>
  );
}
