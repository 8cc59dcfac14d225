"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useZapDraft } from "@/components/builder/zap-draft-context";
import { ConnectForm } from "@/components/connections/connect-form";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";
import type { BuilderConnection } from "@/lib/zaps/builder-connections";

/** Chooses the step's connection, or connects a new account in a dialog without leaving the builder. */
export function ConnectionPicker({
  app,
  appName,
  connections,
  value,
  onChange,
  guide,
}: {
  app: string;
  appName: string;
  connections: BuilderConnection[];
  value: string | null;
  onChange: (connectionId: string | null) => void;
  guide: StripeWebhookGuide;
}) {
  const t = useTranslations();
  const router = useRouter();
  const selectId = useId();
  const [connecting, setConnecting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const ofApp = connections.filter((connection) => connection.app === app);
  const knownIds = useRef<Set<string> | null>(null);
  const selected = ofApp.find((connection) => connection.id === value);
  const connectForm = useZapDraft().catalog.connectForms.find((form) => form.app === app);

  // After connecting inline, the page's connections are refreshed: pick the one that just appeared.
  useEffect(() => {
    if (!knownIds.current) return;
    const added = ofApp.find((connection) => !knownIds.current?.has(connection.id));
    if (added) {
      knownIds.current = null;
      onChange(added.id);
    }
  }, [ofApp, onChange]);

  function connected(message: string) {
    setConnecting(false);
    setNotice(message);
    knownIds.current = new Set(ofApp.map((connection) => connection.id));
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
        {t.rich("builder.connection.label", { app: appName, required: (chunks) => <span className="text-red-700">{chunks}</span> })}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <select
          id={selectId}
          value={value ?? ""}
          onChange={(event) => onChange(event.target.value || null)}
          className="block min-w-64 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
        >
          <option value="">{ofApp.length === 0 ? t("builder.connection.noneYet", { app: appName }) : t("builder.connection.choose", { app: appName })}</option>
          {ofApp.map((connection) => {
            const name = connection.detail ? `${connection.label} — ${connection.detail}` : connection.label;
            return (
              <option key={connection.id} value={connection.id}>
                {connection.working ? name : t("builder.connection.notWorkingOption", { name })}
              </option>
            );
          })}
        </select>
        <Button variant="secondary" onClick={() => setConnecting(true)}>
          {ofApp.length === 0 ? t("builder.connection.connect", { app: appName }) : t("builder.connection.connectAnother")}
        </Button>
      </div>
      {selected && !selected.working ? (
        <p className="text-sm text-red-700">
          {selected.statusMessage ? t("builder.connection.notWorkingBecause", { reason: selected.statusMessage }) : t("builder.connection.notWorking")}
        </p>
      ) : null}
      {selected?.note ? <p className="text-sm text-slate-600">{selected.note}</p> : null}
      {notice ? (
        <p role="status" className="text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      <Dialog open={connecting} onClose={() => setConnecting(false)} title={t("builder.connection.connect", { app: appName })}>
        {connectForm ? <ConnectForm form={connectForm} guide={guide} onDone={(message) => connected(message)} onCancel={() => setConnecting(false)} /> : null}
      </Dialog>
    </div>
  );
}
