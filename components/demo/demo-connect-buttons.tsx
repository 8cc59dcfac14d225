"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { connectDemoCustomerioWorkspace, connectDemoStripeAccount, type DemoActionResult } from "@/app/(dashboard)/demo/actions";
import { useShowNotice } from "@/components/connections/notice-provider";
import { Button } from "@/components/ui/button";

const BUTTONS = [
  { key: "stripe", label: "demo.connect.stripe", action: connectDemoStripeAccount },
  { key: "customerio", label: "demo.connect.customerio", action: connectDemoCustomerioWorkspace },
] as const;

/** The Connections page's one-click demo connections (demo mode only). */
export function DemoConnectButtons() {
  const t = useTranslations();
  const router = useRouter();
  const showNotice = useShowNotice();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<string>();

  function connect(key: string, action: () => Promise<DemoActionResult>) {
    setRunning(key);
    startTransition(async () => {
      const result = await action();
      showNotice({ tone: result.ok ? "success" : "warning", message: result.message });
      setRunning(undefined);
      if (result.ok) router.refresh();
    });
  }

  return (
    <section aria-labelledby="demo-connect-heading" className="mb-6 rounded-lg border border-brand-100 bg-brand-50 px-4 py-4">
      <h2 id="demo-connect-heading" className="text-sm font-semibold text-brand-700">
        {t("demo.connect.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("demo.connect.description")}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {BUTTONS.map(({ key, label, action }) => (
          <Button key={key} variant="secondary" disabled={pending} onClick={() => connect(key, action)}>
            {running === key ? t("demo.connect.connecting") : t(label)}
          </Button>
        ))}
      </div>
    </section>
  );
}
