"use client";

import { useMutation } from "@tanstack/react-query";
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
      showNotice(result.warning ? { tone: "warning", message: result.warning } : { tone: "success", message: `Saved the new key for “${label}”.` });
    } catch {
      setFormError("Conduit could not save the key just now. The connection was not changed; try again in a moment.");
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
        Replace key<span className="sr-only"> of {label}</span>
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={`Replace the key of “${label}”`}
        description={`Paste a new ${mode} key of the same Stripe account, for example after rolling the old one.`}
      >
        <form ref={form} onSubmit={onSubmit} noValidate className="space-y-5">
          {formError ? <Alert>{formError}</Alert> : null}
          <TextField
            label="New secret or restricted key"
            name="secretKey"
            required
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            placeholder={`sk_${mode}_… or rk_${mode}_…`}
            className="font-mono"
            error={fieldErrors.secretKey}
            help="Conduit checks it with Stripe first. The webhook endpoint stays as it is, so no event is missed."
          />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" disabled={replace.isPending}>
              {replace.isPending ? "Checking with Stripe…" : "Save key"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
