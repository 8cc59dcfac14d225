"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { connect } from "@/app/(dashboard)/connections/actions";
import { appCardExtras } from "@/components/connections/app-card-extras";
import { ChoiceCardsField } from "@/components/connections/choice-cards-field";
import { RichText } from "@/components/connections/rich-text";
import { useFocusFirstError } from "@/components/connections/use-focus-first-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { FieldDescriptor } from "@/lib/catalog/describe-fields";
import type { ConnectFormSpec } from "@/lib/catalog/describe-connect-forms";
import type { Connected } from "@/lib/connections/create-connection";
import type { StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";

const CODE_INPUT = { autoComplete: "off", spellCheck: false, autoCapitalize: "off", className: "font-mono" } as const;

/** Any app's connect form, drawn from the fields its connection declares; then its next step, if it has one. */
export function ConnectForm({
  form: spec,
  guide,
  onDone,
  onCancel,
}: {
  form: ConnectFormSpec;
  guide: StripeWebhookGuide;
  onDone: (message: string, warning?: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations();
  const form = useRef<HTMLFormElement>(null);
  const pendingId = useId();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [connected, setConnected] = useState<Connected>();
  const save = useMutation({ mutationFn: connect });
  useFocusFirstError({ form, errors: fieldErrors, formError });
  const extras = appCardExtras[spec.app];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(spec.fields.map((field) => [field.name, String(data.get(field.name) ?? "")]));
    setFormError(undefined);
    try {
      const result = await save.mutateAsync({ app: spec.app, values });
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setFormError(result.formError);
        return;
      }
      const message = extras?.connectedMessage ? extras.connectedMessage(result, t) : t("connections.form.connected", { label: result.label });
      if (message === null) setConnected(result);
      else onDone(message, result.warning);
    } catch {
      setFormError(t("connections.form.saveFailed"));
    }
  }

  const NextStep = extras?.ConnectedStep;
  if (connected && NextStep) {
    return (
      <div ref={focusFirstFieldOnMount}>
        <NextStep result={connected} guide={guide} onDone={onDone} />
      </div>
    );
  }

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-5">
      {spec.intro ? (
        <p className="text-sm text-slate-600">
          <RichText text={spec.intro} />
        </p>
      ) : null}
      {formError ? <Alert>{formError}</Alert> : null}
      {spec.fields.map((field) => (
        <ConnectField key={field.name} field={field} error={fieldErrors[field.name]} />
      ))}
      {spec.note ? (
        <p className="text-xs text-slate-500">
          <RichText text={spec.note} />
        </p>
      ) : null}
      <div className="flex flex-col-reverse gap-2 pt-1 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {t("connections.form.cancel")}
        </Button>
        <Button type="submit" disabled={save.isPending} aria-describedby={save.isPending ? pendingId : undefined}>
          {save.isPending ? t("connections.form.checking", { app: spec.appName }) : t("connections.form.connect")}
        </Button>
      </div>
      {save.isPending ? (
        <p id={pendingId} role="status" className="sr-only">
          {t("connections.form.checkingStatus", { app: spec.appName })}
        </p>
      ) : null}
    </form>
  );
}

/** The next step replaced the form the user was in: carry focus to its first field. */
function focusFirstFieldOnMount(element: HTMLDivElement | null) {
  element?.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled):not([readonly]), select:not(:disabled), textarea:not(:disabled)')?.focus();
}

function ConnectField({ field, error }: { field: FieldDescriptor; error?: string }) {
  const t = useTranslations();
  const label = field.required ? field.label : t("connections.form.optional", { label: field.label });
  const help = field.help ? <RichText text={field.help} /> : undefined;
  switch (field.kind) {
    case "select":
      return <ChoiceCardsField name={field.name} label={field.label} options={field.options} defaultValue={field.default} error={error} help={field.help} />;
    case "text":
    case "number":
      return (
        <TextField
          label={label}
          name={field.name}
          required={field.required}
          placeholder={field.example}
          {...(field.kind === "text" && field.code ? CODE_INPUT : { autoComplete: "off" })}
          error={error}
          help={help}
        />
      );
    default:
      throw new Error(`A connect form cannot draw the field "${field.name}" (${field.kind}): declare it with field.text, field.secret or field.select.`);
  }
}
