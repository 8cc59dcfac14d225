"use client";

import { useId } from "react";
import { ChoiceField } from "@/components/mapping/choice-field";
import { describedByFor, FieldFrame } from "@/components/mapping/field-frame";
import { KeyValueField } from "@/components/mapping/key-value-field";
import { MappedPreview } from "@/components/mapping/mapped-preview";
import { MultiSelectField } from "@/components/mapping/multi-select-field";
import { TokenEditor } from "@/components/mapping/token-editor";
import { useSampleData } from "@/components/mapping/use-sample-data";
import type { FieldDescriptor } from "@/lib/catalog/describe-fields";
import type { PickerSource } from "@/lib/mapping/picker-source";
import type { MappedValue } from "@/lib/zaps/schema";

/** Typed text for a text or number field; a stray non-text value is shown as text rather than dropped. */
function asTemplate(value: MappedValue | undefined): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  return "";
}

/**
 * One catalog field of a step, with the editor its kind needs, its label, required mark, help,
 * example and error, and a live preview rendered with the sample.
 */
export function MappedField({
  descriptor,
  value,
  onChange,
  sources,
  error,
}: {
  descriptor: FieldDescriptor;
  value: MappedValue | undefined;
  onChange: (value: MappedValue) => void;
  sources: PickerSource[];
  error?: string;
}) {
  const id = useId();
  const { context } = useSampleData(sources);
  const common = { id, value, onChange, sources, context, error };

  switch (descriptor.kind) {
    case "boolean":
    case "select":
      return <ChoiceField {...common} descriptor={descriptor} />;
    case "multiSelect":
      return <MultiSelectField {...common} descriptor={descriptor} />;
    case "keyValue":
      return <KeyValueField {...common} descriptor={descriptor} />;
    case "text":
    case "number": {
      const template = asTemplate(value);
      return (
        <FieldFrame id={id} descriptor={descriptor} error={error} labelFor={`${id}-input`}>
          <TokenEditor
            id={`${id}-input`}
            label={descriptor.label}
            value={template}
            onChange={onChange}
            sources={sources}
            multiline={descriptor.kind === "text" && descriptor.multiline}
            placeholder={descriptor.example}
            inputMode={descriptor.kind === "number" ? "decimal" : undefined}
            describedBy={[describedByFor(id, descriptor, error), `${id}-preview`].filter(Boolean).join(" ")}
            invalid={Boolean(error)}
            required={descriptor.required}
          />
          <MappedPreview
            id={`${id}-preview`}
            template={template}
            context={context}
            sources={sources}
            expect={descriptor.kind === "number" ? { kind: "number", integer: descriptor.integer, min: descriptor.min, max: descriptor.max } : { kind: "text" }}
          />
        </FieldFrame>
      );
    }
  }
}
