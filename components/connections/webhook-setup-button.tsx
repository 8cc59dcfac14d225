"use client";

import { useState } from "react";
import { useShowNotice } from "@/components/connections/notice-provider";
import { WebhookSetupForm } from "@/components/connections/webhook-setup-form";
import type { StripeWebhookGuide } from "@/lib/connections/stripe-webhook-guide";
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
  const showNotice = useShowNotice();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={hasSecret ? "ghost" : "primary"} onClick={() => setOpen(true)} className="px-3 py-1.5">
        {hasSecret ? "Replace signing secret" : "Set up webhook"}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Webhook for “${label}”`}>
        <WebhookSetupForm
          connectionId={connectionId}
          webhookUrl={webhookUrl}
          livemode={livemode}
          guide={guide}
          onLater={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            showNotice({ tone: "success", message: `Saved the signing secret for “${label}”.` });
          }}
        />
      </Dialog>
    </>
  );
}
