"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useShowNotice } from "@/components/connections/notice-provider";
import { WebhookSetupForm } from "@/components/connections/webhook-setup-form";
import type { StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** For a Stripe connection whose endpoint the user adds by hand: add (or replace) its signing secret. */
export function WebhookSetupButton({
  connectionId,
  label,
  webhookUrl,
  livemode,
  guide,
  hasSecret,
}: {
  connectionId: string;
  label: string;
  webhookUrl: string;
  livemode: boolean;
  guide: StripeWebhookGuide;
  hasSecret: boolean;
}) {
  const t = useTranslations();
  const showNotice = useShowNotice();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={hasSecret ? "ghost" : "primary"} onClick={() => setOpen(true)} className="px-3 py-1.5">
        {hasSecret ? t("connections.webhook.replaceSecret") : t("connections.webhook.setUp")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("connections.webhook.dialogTitle", { label })}>
        <WebhookSetupForm
          connectionId={connectionId}
          webhookUrl={webhookUrl}
          livemode={livemode}
          guide={guide}
          onLater={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            showNotice({ tone: "success", message: t("connections.webhook.saved", { label }) });
          }}
        />
      </Dialog>
    </>
  );
}
