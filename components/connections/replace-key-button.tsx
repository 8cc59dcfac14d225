"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { replaceKey } from "@/app/(dashboard)/connections/actions";
import { useShowNotice } from "@/components/connections/notice-provider";
import { useFocusFirstError } from "@/components/connections/use-focus-first-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";

/** A new key for a Stripe connection (rolled, or a restricted one), same account and mode. */
export function ReplaceKeyButton({ connectionId, label, livemode }: { connectionId: string; label: string; livemode: boolean }) {
  const t = useTranslations();
  const showNotice = useShowNotice();
  const form = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ secretKey?: string }>({});
  const [formError, setFormError] = useState<string>();
  const replace = useMutation({ mutationFn: replaceKey });
  useFocusFirstError({ form, errors: fieldErrors, formError });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const secretKey = String(new FormData(event.currentTarget).get("secretKey") ?? "");
    setFormError(undefined);
    try {
      const result = await replace.mutateAsync({ connectionId, secretKey });
      if (!result.ok) {
        setFieldErrors({ secretKey: result.fieldErrors.secretKey });
        setFormError(result.formError ?? result.fieldErrors.connectionId);
        return;
      }
      close();
      showNotice(result.warning ? { tone: "warning", message: result.warning } : { tone: "success", message: t("connections.replaceKey.saved", { label }) });
    } catch {
      setFormError(t("connections.replaceKey.failed"));
    }
  }

  function close() {
    setOpen(false);
    setFieldErrors({});
    setFormError(undefined);
  }

  const mode = livemode ? "live" : "test";
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} className="px-3 py-1.5">
        {t("connections.replaceKey.button")}
        <span className="sr-only">{t("connections.replaceKey.buttonOf", { label })}</span>
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={t("connections.replaceKey.title", { label })}
        description={livemode ? t("connections.replaceKey.descriptionLive") : t("connections.replaceKey.descriptionTest")}
      >
        <form ref={form} onSubmit={onSubmit} noValidate className="space-y-5">
          {formError ? <Alert>{formError}</Alert> : null}
          <TextField
            label={t("connections.replaceKey.label")}
            name="secretKey"
            required
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            placeholder={`sk_${mode}_… or rk_${mode}_…`}
            className="font-mono"
            error={fieldErrors.secretKey}
            help={t("connections.replaceKey.help")}
          />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close}>
              {t("connections.form.cancel")}
            </Button>
            <Button type="submit" disabled={replace.isPending}>
              {replace.isPending ? t("connections.form.checking", { app: "Stripe" }) : t("connections.replaceKey.save")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
