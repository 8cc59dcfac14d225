"use client";

import { useTranslations } from "next-intl";
import { MappedField } from "@/components/mapping/mapped-field";
import type { FieldDescriptor } from "@/lib/catalog/describe-fields";
import type { PickerSource } from "@/lib/mapping/picker-source";
import type { MappedValue } from "@/lib/zaps/schema";

/** Every field of a step (or a trigger's options), in the catalog's order. */
export function StepFieldsForm({
  fields,
  values,
  onChange,
  sources,
  errors = {},
}: {
  fields: FieldDescriptor[];
  values: Record<string, MappedValue>;
  onChange: (values: Record<string, MappedValue>) => void;
  sources: PickerSource[];
  errors?: Record<string, string>;
}) {
  const t = useTranslations();
  if (fields.length === 0) return <p className="text-sm text-slate-600">{t("mapping.field.noSettings")}</p>;
  return (
    <div className="space-y-6">
      {fields.map((descriptor) => (
        <MappedField
          key={descriptor.name}
          descriptor={descriptor}
          value={Object.hasOwn(values, descriptor.name) ? values[descriptor.name] : undefined}
          onChange={(value) => onChange({ ...values, [descriptor.name]: value })}
          sources={sources}
          error={Object.hasOwn(errors, descriptor.name) ? errors[descriptor.name] : undefined}
        />
      ))}
    </div>
  );
}
