"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { connectCustomerio } from "@/app/(dashboard)/connections/actions";
import { ExternalLink } from "@/components/connections/external-link";
import { RegionField } from "@/components/connections/region-field";
import { useFocusFirstError } from "@/components/connections/use-focus-first-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { CustomerioConnectionField } from "@/lib/connections/schema";

const CREDENTIALS_URL = "https://fly.customer.io/settings/api_credentials";
const SECRET_INPUT = { autoComplete: "off", spellCheck: false, autoCapitalize: "off", className: "font-mono" } as const;

export function ConnectCustomerioForm({ onConnected, onCancel }: { onConnected: (label: string) => void; onCancel: () => void }) {
  const form = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<CustomerioConnectionField, string>>>({});
  const [formError, setFormError] = useState<string>();
  const connect = useMutation({ mutationFn: connectCustomerio });
  useFocusFirstError({ form, errors: fieldErrors });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    setFormError(undefined);
    try {
      const result = await connect.mutateAsync({
        label: text("label"),
        siteId: text("siteId"),
        trackApiKey: text("trackApiKey"),
        appApiKey: text("appApiKey"),
        region: text("region"),
      });
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setFormError(result.formError);
        return;
      }
      onConnected(result.label);
    } catch {
      setFormError("Conduit could not save the connection just now. Nothing was saved; try again in a moment.");
    }
  }

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-5">
      <p className="text-sm text-slate-600">
        In Customer.io, open <strong className="font-medium text-slate-800">Settings → Workspace Settings → API and webhook credentials</strong> (
        <ExternalLink href={CREDENTIALS_URL}>open it</ExternalLink>). Conduit checks the keys with Customer.io before saving them, encrypted.
      </p>
      {formError ? <Alert>{formError}</Alert> : null}
      <RegionField error={fieldErrors.region} />
      <TextField
        label="Site ID"
        name="siteId"
        required
        {...SECRET_INPUT}
        error={fieldErrors.siteId}
        help="On the Tracking API keys tab, next to the key you use."
      />
      <TextField
        label="Track API key"
        name="trackApiKey"
        required
        {...SECRET_INPUT}
        error={fieldErrors.trackApiKey}
        help="On the same row as the site ID. Conduit uses it to update people and track events."
      />
      <TextField
        label="App API key (optional)"
        name="appApiKey"
        {...SECRET_INPUT}
        error={fieldErrors.appApiKey}
        help="On the App API keys tab. Only needed for the “Send transactional email” action; you can add it later with Edit on the connection."
      />
      <TextField label="Name (optional)" name="label" autoComplete="off" error={fieldErrors.label} help="How this workspace appears in Conduit, like “Production”." />
      <div className="flex flex-col-reverse gap-2 pt-1 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={connect.isPending} aria-describedby={connect.isPending ? "customerio-pending" : undefined}>
          {connect.isPending ? "Checking with Customer.io…" : "Connect"}
        </Button>
      </div>
      {connect.isPending ? (
        <p id="customerio-pending" role="status" className="sr-only">
          Checking the keys with Customer.io.
        </p>
      ) : null}
    </form>
  );
}
