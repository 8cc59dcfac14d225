"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { saveSigningSecret } from "@/app/(dashboard)/connections/actions";
import { ExternalLink } from "@/components/connections/external-link";
import { useFocusFirstError } from "@/components/connections/use-focus-first-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { TextField } from "@/components/ui/text-field";
import type { StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";
import type { PublicAppUrlProblem } from "@/lib/connections/check-public-app-url";

/** Why Stripe cannot reach Conduit's address, in the viewer's language. */
const UNREACHABLE_REASONS = {
  invalidUrl: "connections.webhook.unreachableReason.invalidUrl",
  notHttps: "connections.webhook.unreachableReason.notHttps",
  privateIpv6: "connections.webhook.unreachableReason.privateIpv6",
  privateIp: "connections.webhook.unreachableReason.privateIp",
  localHost: "connections.webhook.unreachableReason.localHost",
  noDomain: "connections.webhook.unreachableReason.noDomain",
} as const satisfies Record<PublicAppUrlProblem, string>;

export function WebhookSetupForm({
  connectionId,
  webhookUrl,
  livemode,
  guide,
  onSaved,
  onLater,
  laterLabel,
}: {
  connectionId: string;
  webhookUrl: string;
  livemode: boolean;
  guide: StripeWebhookGuide;
  onSaved: () => void;
  onLater: () => void;
  laterLabel?: string;
}) {
  const t = useTranslations();
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
      setFormError(t("connections.webhook.failed"));
    }
  }

  const webhooksPage = `https://dashboard.stripe.com/${livemode ? "" : "test/"}webhooks`;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">
        {guide.reasonCode
          ? t.rich("connections.webhook.unreachable", {
              appUrl: guide.appUrl,
              reason: t(UNREACHABLE_REASONS[guide.reasonCode]),
              address: (chunks) => <span className="font-mono text-xs">{chunks}</span>,
            })
          : t("connections.webhook.addYourself")}
      </p>
      {formError ? <Alert>{formError}</Alert> : null}
      <ol className="list-decimal space-y-4 pl-5 text-sm text-slate-700 marker:font-semibold marker:text-slate-500">
        <li>
          {t.rich("connections.webhook.step1", {
            path: (chunks) => <strong className="font-medium text-slate-800">{chunks}</strong>,
            link: (chunks) => <ExternalLink href={webhooksPage}>{chunks}</ExternalLink>,
            em: (chunks) => <em>{chunks}</em>,
          })}
        </li>
        <li className="space-y-2">
          <p>
            {t.rich("connections.webhook.step2", {
              apiVersion: guide.apiVersion,
              count: guide.events.length,
              version: (chunks) => <span className="font-mono text-xs">{chunks}</span>,
            })}
          </p>
          <details className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
            <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("connections.webhook.showEvents")}</summary>
            <ul className="mt-2 grid gap-x-4 gap-y-0.5 break-all font-mono text-[11px] leading-5 text-slate-700 sm:grid-cols-2">
              {guide.events.map((event) => (
                <li key={event}>{event}</li>
              ))}
            </ul>
          </details>
        </li>
        <li>
          <CopyField label={t("connections.webhook.url")} value={webhookUrl} help={t("connections.webhook.urlHelp")} />
        </li>
        <li>
          <TextField
            label={t("connections.webhook.secret")}
            name="signingSecret"
            required
            autoComplete="off"
            spellCheck={false}
            placeholder="whsec_…"
            className="font-mono"
            error={fieldErrors.signingSecret}
            help={t("connections.webhook.secretHelp")}
          />
        </li>
      </ol>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onLater}>
          {laterLabel ?? t("connections.form.cancel")}
        </Button>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("connections.webhook.saving") : t("connections.webhook.save")}
        </Button>
      </div>
    </form>
  );
}
