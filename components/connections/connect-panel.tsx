"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { ConnectCustomerioForm } from "@/components/connections/connect-customerio-form";
import { ConnectStripeForm } from "@/components/connections/connect-stripe-form";
import { useShowNotice } from "@/components/connections/notice-provider";
import type { StripeWebhookGuide } from "@/lib/connections/stripe-webhook-guide";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export type ConnectableApp = "stripe" | "customerio";

/** The "Connect Stripe" and "Connect Customer.io" buttons and their dialogs (opened by ?connect=… too). */
export function ConnectPanel({ initial, guide }: { initial?: ConnectableApp; guide: StripeWebhookGuide }) {
  const router = useRouter();
  const pathname = usePathname();
  const showNotice = useShowNotice();
  const [open, setOpen] = useState<ConnectableApp | undefined>(initial);

  function close() {
    setOpen(undefined);
    // Drop ?connect=… so that reloading the page does not open the dialog again.
    if (initial) router.replace(pathname, { scroll: false });
  }

  return (
    <>
      <Button onClick={() => setOpen("stripe")}>Connect Stripe</Button>
      <Button variant="secondary" onClick={() => setOpen("customerio")}>
        Connect Customer.io
      </Button>
      <Dialog
        open={open === "stripe"}
        onClose={close}
        title="Connect Stripe"
        description="Conduit listens to your Stripe account's events: new customers, payments, subscriptions, invoices and disputes."
      >
        <ConnectStripeForm
          guide={guide}
          onCancel={close}
          onDone={(message, warning) => {
            showNotice(warning ? { tone: "warning", message: `${message} ${warning}` } : { tone: "success", message });
            close();
          }}
        />
      </Dialog>
      <Dialog
        open={open === "customerio"}
        onClose={close}
        title="Connect Customer.io"
        description="Conduit updates people, tracks events and sends transactional emails in your Customer.io workspace."
      >
        <ConnectCustomerioForm
          onCancel={close}
          onConnected={(label) => {
            showNotice({ tone: "success", message: `Connected “${label}”.` });
            close();
          }}
        />
      </Dialog>
    </>
  );
}
