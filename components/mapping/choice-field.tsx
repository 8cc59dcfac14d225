"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { describedByFor, FieldFrame } from "@/components/mapping/field-frame";
import { MappedPreview } from "@/components/mapping/mapped-preview";
import { ModeSwitch } from "@/components/mapping/mode-switch";
import { TokenEditor } from "@/components/mapping/token-editor";
import type { FieldDescriptor } from "@/lib/catalog/describe-fields";
import type { Translate } from "@/lib/i18n/translator";
import type { PickerSource } from "@/lib/mapping/picker-source";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import type { MappedValue } from "@/lib/zaps/schema";

type ChoiceDescriptor = Extract<FieldDescriptor, { kind: "boolean" | "select" }>;

/** The fixed choices of a yes/no or select field, as select options; "" stands for "no value" (the default applies). */
function choicesOf(descriptor: ChoiceDescriptor, t: Translate): { value: string; label: string }[] {
  if (descriptor.kind === "boolean") {
    return [
      { value: "true", label: descriptor.default ? t("mapping.choice.yesDefault") : t("mapping.choice.yes") },
      { value: "false", label: descriptor.default ? t("mapping.choice.no") : t("mapping.choice.noDefault") },
    ];
  }
  const fallback = descriptor.options.find((option) => option.value === descriptor.default);
  const empty = fallback ? t("mapping.choice.default", { label: fallback.label }) : descriptor.required ? t("mapping.choice.choose") : t("mapping.choice.none");
  return [{ value: "", label: empty }, ...descriptor.options];
}

function isMappedValue(descriptor: ChoiceDescriptor, value: MappedValue | undefined): boolean {
  if (typeof value !== "string" || value === "") return false;
  return descriptor.kind === "boolean" || !descriptor.options.some((option) => option.value === value);
}

/** A yes/no or select field: a native select, or (when there is data to map) a value read from the event. */
export function ChoiceField({
  id,
  descriptor,
  value,
  onChange,
  sources,
  context,
  error,
}: {
  id: string;
  descriptor: ChoiceDescriptor;
  value: MappedValue | undefined;
  onChange: (value: MappedValue) => void;
  sources: PickerSource[];
  context: MappingContext;
  error?: string;
}) {
  const t = useTranslations();
  const [mapped, setMapped] = useState(() => isMappedValue(descriptor, value));
  const controlId = `${id}-input`;
  const describedBy = describedByFor(id, descriptor, error);
  const fixed = descriptor.kind === "boolean" ? String(typeof value === "boolean" ? value : descriptor.default) : typeof value === "string" ? value : "";

  function switchMode() {
    setMapped(!mapped);
    if (mapped) onChange(descriptor.kind === "boolean" ? descriptor.default : (descriptor.default ?? ""));
    else onChange("");
  }

  return (
    <FieldFrame
      id={id}
      descriptor={descriptor}
      error={error}
      labelFor={controlId}
      action={sources.length > 0 || mapped ? <ModeSwitch mapped={mapped} onSwitch={switchMode} /> : undefined}
    >
      {mapped ? (
        <>
          <TokenEditor
            id={controlId}
            label={descriptor.label}
            value={typeof value === "string" ? value : ""}
            onChange={onChange}
            sources={sources}
            describedBy={[describedBy, `${id}-preview`].filter(Boolean).join(" ")}
            invalid={Boolean(error)}
            required={descriptor.required && descriptor.kind === "select"}
          />
          <p className="text-xs text-slate-500">
            {descriptor.kind === "boolean"
              ? t("mapping.choice.booleanHint")
              : t("mapping.choice.selectHint", { values: descriptor.options.map((option) => option.value).join(", ") })}
          </p>
          <MappedPreview
            id={`${id}-preview`}
            template={typeof value === "string" ? value : ""}
            context={context}
            sources={sources}
            expect={descriptor.kind === "boolean" ? { kind: "boolean" } : { kind: "select", values: descriptor.options.map((option) => option.value) }}
          />
        </>
      ) : (
        <select
          id={controlId}
          value={fixed}
          onChange={(event) => onChange(descriptor.kind === "boolean" ? event.target.value === "true" : event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={descriptor.required && descriptor.kind === "select" ? true : undefined}
          className={`block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm ${error ? "border-red-500" : "border-slate-300"}`}
        >
          {choicesOf(descriptor, t).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
