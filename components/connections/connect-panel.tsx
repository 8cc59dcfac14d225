"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConnectForm } from "@/components/connections/connect-form";
import { useShowNotice } from "@/components/connections/notice-provider";
import type { ConnectFormSpec } from "@/lib/catalog/describe-connect-forms";
import type { StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** A "Connect <app>" button and dialog per app (opened by ?connect=<app key> too). */
export function ConnectPanel({
  forms,
  initial,
  guide,
  connectedApps = [],
}: {
  forms: ConnectFormSpec[];
  initial?: string;
  guide: StripeWebhookGuide;
  /** The apps the user has a connection of: once every app is connected, the notice offers the next step. */
  connectedApps?: string[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const showNotice = useShowNotice();
  const [open, setOpen] = useState<string | undefined>(initial);

  function close() {
    setOpen(undefined);
    // Drop ?connect=… so that reloading the page does not open the dialog again.
    if (initial) router.replace(pathname, { scroll: false });
  }

  return (
    <>
      {forms.map((form, index) => (
        <Button key={form.app} variant={index === 0 ? "primary" : "secondary"} onClick={() => setOpen(form.app)}>
          {t("connections.panel.connect", { app: form.appName })}
        </Button>
      ))}
      {forms.map((form) => (
        <Dialog
          key={form.app}
          open={open === form.app}
          onClose={close}
          title={t("connections.panel.connect", { app: form.appName })}
          description={form.purpose}
        >
          <ConnectForm
            form={form}
            guide={guide}
            onCancel={close}
            onDone={(message, warning) => {
              const everyApp = forms.every((other) => other.app === form.app || connectedApps.includes(other.app));
              const next = everyApp ? { next: { href: "/zaps/new", label: t("connections.panel.createZap") } } : {};
              showNotice(warning ? { tone: "warning", message: `${message} ${warning}`, ...next } : { tone: "success", message, ...next });
              close();
            }}
          />
        </Dialog>
      ))}
    </>
  );
}
