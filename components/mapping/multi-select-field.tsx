"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { describedByFor, FieldFrame } from "@/components/mapping/field-frame";
import { MappedPreview } from "@/components/mapping/mapped-preview";
import { ModeSwitch } from "@/components/mapping/mode-switch";
import { TokenEditor } from "@/components/mapping/token-editor";
import type { FieldDescriptor } from "@/lib/catalog/describe-fields";
import type { PickerSource } from "@/lib/mapping/picker-source";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import type { MappedValue } from "@/lib/zaps/schema";

type MultiSelectDescriptor = Extract<FieldDescriptor, { kind: "multiSelect" }>;

/** Checkboxes for several of a fixed list; none checked means the field's default. */
export function MultiSelectField({
  id,
  descriptor,
  value,
  onChange,
  sources,
  context,
  error,
}: {
  id: string;
  descriptor: MultiSelectDescriptor;
  value: MappedValue | undefined;
  onChange: (value: MappedValue) => void;
  sources: PickerSource[];
  context: MappingContext;
  error?: string;
}) {
  const t = useTranslations();
  const [mapped, setMapped] = useState(() => typeof value === "string" && value !== "");
  const describedBy = describedByFor(id, descriptor, error);
  const chosen = Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as string[]) : descriptor.default;
  const defaults = descriptor.options.filter((option) => descriptor.default.includes(option.value)).map((option) => option.label);

  function toggle(option: string, checked: boolean) {
    const next = new Set(chosen);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(descriptor.options.map((choice) => choice.value).filter((choice) => next.has(choice)));
  }

  function switchMode() {
    setMapped(!mapped);
    onChange(mapped ? [...descriptor.default] : "");
  }

  return (
    <FieldFrame
      id={id}
      descriptor={descriptor}
      error={error}
      labelFor={mapped ? `${id}-input` : undefined}
      action={sources.length > 0 || mapped ? <ModeSwitch mapped={mapped} onSwitch={switchMode} fixedLabel={t("mapping.multiSelect.fixed")} /> : undefined}
    >
      {mapped ? (
        <>
          <TokenEditor
            id={`${id}-input`}
            label={descriptor.label}
            value={typeof value === "string" ? value : ""}
            onChange={onChange}
            sources={sources}
            describedBy={[describedBy, `${id}-preview`].filter(Boolean).join(" ")}
            invalid={Boolean(error)}
          />
          <p className="text-xs text-slate-500">
            {t("mapping.multiSelect.mappedHint", { values: descriptor.options.map((option) => option.value).join(", ") })}
          </p>
          <MappedPreview id={`${id}-preview`} template={typeof value === "string" ? value : ""} context={context} sources={sources} />
        </>
      ) : (
        <div
          role="group"
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy}
          className="flex flex-wrap gap-x-5 gap-y-2 rounded-md border border-slate-200 bg-white px-3 py-2"
        >
          {descriptor.options.map((option) => (
            <label key={option.value} className="inline-flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                checked={chosen.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                className="h-4 w-4 rounded border-slate-300 text-brand-600"
              />
              {option.label}
            </label>
          ))}
        </div>
      )}
      {!mapped && chosen.length === 0 ? (
        <p className="text-xs text-slate-500">
          {defaults.length ? t("mapping.multiSelect.nothingCheckedWithDefaults", { defaults: defaults.join(", ") }) : t("mapping.multiSelect.nothingChecked")}
        </p>
      ) : null}
    </FieldFrame>
  );
}
