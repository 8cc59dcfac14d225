import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FieldDescriptor } from "@/lib/catalog/describe-fields";

/** Ids a field's control points at with aria-describedby. */
export const describedByFor = (id: string, descriptor: FieldDescriptor, error?: string) =>
  [descriptor.help ? `${id}-help` : "", descriptor.example ? `${id}-example` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

/**
 * A field's label (with its required mark), help, example and error around its control. `labelFor`
 * names the control's id; fields drawn as a group pass none and label the group with `${id}-label`.
 */
export function FieldFrame({
  id,
  descriptor,
  error,
  labelFor,
  action,
  children,
}: {
  id: string;
  descriptor: FieldDescriptor;
  error?: string;
  labelFor?: string;
  /** E.g. a switch between a fixed choice and a mapped value, shown beside the label. */
  action?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations();
  const Label = labelFor ? "label" : "span";
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-3">
        <span className="text-sm font-medium text-slate-800">
          <Label id={`${id}-label`} htmlFor={labelFor}>
            {descriptor.label}
          </Label>
          {/* Outside the label, so the control's name is the label alone; screen readers hear "required" from aria-required. */}
          {descriptor.required && descriptor.kind !== "boolean" && descriptor.kind !== "multiSelect" ? (
            <span aria-hidden="true" className="ml-0.5 text-red-600">
              *
            </span>
          ) : null}
        </span>
        {action}
      </div>
      {children}
      {descriptor.help ? (
        <p id={`${id}-help`} className="text-xs text-slate-500">
          {descriptor.help}
        </p>
      ) : null}
      {descriptor.example ? (
        <p id={`${id}-example`} className="text-xs text-slate-500">
          {t.rich("mapping.field.example", { example: descriptor.example, value: (chunks) => <span className="font-mono text-slate-600">{chunks}</span> })}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
