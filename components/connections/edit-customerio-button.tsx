"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { editCustomerio } from "@/app/(dashboard)/connections/actions";
import { useShowNotice } from "@/components/connections/notice-provider";
import { RegionField } from "@/components/connections/region-field";
import { useFocusFirstError } from "@/components/connections/use-focus-first-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import type { EditCustomerioConnectionField } from "@/lib/catalog/customerio/connection/customerio-connection-schema";

const SECRET_INPUT = { autoComplete: "off", spellCheck: false, autoCapitalize: "off", className: "font-mono" } as const;

/** Edits a Customer.io connection: site ID, region, a new Track API key, the App API key added, replaced or removed. */
export function EditCustomerioButton({
  connectionId,
  label,
  siteId,
  region,
  trackKeyLast4,
  appKeyLast4,
}: {
  connectionId: string;
  label: string;
  siteId: string;
  region: "us" | "eu";
  trackKeyLast4: string;
  appKeyLast4: string | null;
}) {
  const t = useTranslations();
  const showNotice = useShowNotice();
  const form = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<EditCustomerioConnectionField, string>>>({});
  const [formError, setFormError] = useState<string>();
  const edit = useMutation({ mutationFn: editCustomerio });
  useFocusFirstError({ form, errors: fieldErrors, formError });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    setFormError(undefined);
    try {
      const result = await edit.mutateAsync({
        connectionId,
        siteId: text("siteId"),
        region: text("region"),
        trackApiKey: text("trackApiKey"),
        appApiKey: text("appApiKey"),
        removeAppApiKey: data.get("removeAppApiKey") === "on",
      });
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setFormError(result.formError ?? result.fieldErrors.connectionId);
        return;
      }
      close();
      showNotice({ tone: "success", message: t("connections.editCustomerio.saved", { label }) });
    } catch {
      setFormError(t("connections.editCustomerio.failed"));
    }
  }

  function close() {
    setOpen(false);
    setFieldErrors({});
    setFormError(undefined);
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} className="px-3 py-1.5">
        {t("connections.editCustomerio.button")}
        <span className="sr-only"> {label}</span>
      </Button>
      <Dialog open={open} onClose={close} title={t("connections.editCustomerio.title", { label })} description={t("connections.editCustomerio.description")}>
        <form ref={form} onSubmit={onSubmit} noValidate className="space-y-5">
          {formError ? <Alert>{formError}</Alert> : null}
          <RegionField error={fieldErrors.region} defaultValue={region} help={t("connections.editCustomerio.regionHelp")} />
          <TextField label={t("connections.editCustomerio.siteId")} name="siteId" required defaultValue={siteId} {...SECRET_INPUT} error={fieldErrors.siteId} />
          <TextField
            label={t("connections.editCustomerio.newTrackKey")}
            name="trackApiKey"
            {...SECRET_INPUT}
            error={fieldErrors.trackApiKey}
            help={t("connections.editCustomerio.keepKey", { last4: trackKeyLast4 })}
          />
          <TextField
            label={appKeyLast4 ? t("connections.editCustomerio.newAppKey") : t("connections.editCustomerio.appKeyOptional")}
            name="appApiKey"
            {...SECRET_INPUT}
            error={fieldErrors.appApiKey}
            help={appKeyLast4 ? t("connections.editCustomerio.keepKey", { last4: appKeyLast4 }) : t("connections.editCustomerio.appKeyHelp")}
          />
          {appKeyLast4 ? (
            <div className="space-y-1">
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="removeAppApiKey"
                  className="accent-brand-600"
                  aria-invalid={fieldErrors.removeAppApiKey ? true : undefined}
                  aria-describedby={fieldErrors.removeAppApiKey ? `${connectionId}-remove-error` : undefined}
                />
                {t("connections.editCustomerio.removeAppKey")}
              </label>
              {fieldErrors.removeAppApiKey ? (
                <p id={`${connectionId}-remove-error`} className="text-sm text-red-700">
                  {fieldErrors.removeAppApiKey}
                </p>
              ) : null}
            </div>
          ) : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close}>
              {t("connections.form.cancel")}
            </Button>
            <Button type="submit" disabled={edit.isPending}>
              {edit.isPending ? t("connections.form.checking", { app: "Customer.io" }) : t("connections.editCustomerio.save")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
