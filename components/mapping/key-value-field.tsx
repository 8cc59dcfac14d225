"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { describedByFor, FieldFrame } from "@/components/mapping/field-frame";
import { MappedPreview } from "@/components/mapping/mapped-preview";
import { ModeSwitch } from "@/components/mapping/mode-switch";
import { TokenEditor } from "@/components/mapping/token-editor";
import type { FieldDescriptor } from "@/lib/catalog/describe-fields";
import type { PickerSource } from "@/lib/mapping/picker-source";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import type { MappedValue } from "@/lib/zaps/schema";

type KeyValueDescriptor = Extract<FieldDescriptor, { kind: "keyValue" }>;
type Row = { key: string; value: string };

const isRows = (value: MappedValue | undefined): value is Row[] =>
  Array.isArray(value) && value.every((item) => typeof item === "object" && item !== null && "key" in item);

/** Rows of name + mapped value (person attributes, event data), or one field that holds a whole object. */
export function KeyValueField({
  id,
  descriptor,
  value,
  onChange,
  sources,
  context,
  error,
}: {
  id: string;
  descriptor: KeyValueDescriptor;
  value: MappedValue | undefined;
  onChange: (value: MappedValue) => void;
  sources: PickerSource[];
  context: MappingContext;
  error?: string;
}) {
  const t = useTranslations();
  const [mapped, setMapped] = useState(() => typeof value === "string" && value !== "");
  const rows = isRows(value) ? value : [];
  const describedBy = describedByFor(id, descriptor, error);
  const focusRow = useRef<number | null>(null);
  const keyInputs = useRef(new Map<number, HTMLInputElement>());
  const full = descriptor.maxEntries !== undefined && rows.length >= descriptor.maxEntries;

  useEffect(() => {
    if (focusRow.current === null) return;
    keyInputs.current.get(focusRow.current)?.focus();
    focusRow.current = null;
  });

  const setRow = (index: number, row: Row) => onChange(rows.map((other, at) => (at === index ? row : other)));
  const names = rows.map((row) => row.key.trim());
  const duplicates = [...new Set(names.filter((name, index) => name !== "" && names.indexOf(name) !== index))];
  const unnamed = rows.flatMap((row, index) => (row.key.trim() === "" && row.value.trim() !== "" ? [index + 1] : []));

  function switchMode() {
    setMapped(!mapped);
    onChange(mapped ? [] : "");
  }

  return (
    <FieldFrame
      id={id}
      descriptor={descriptor}
      error={error}
      labelFor={mapped ? `${id}-input` : undefined}
      action={sources.length > 0 || mapped ? <ModeSwitch mapped={mapped} onSwitch={switchMode} fixedLabel={t("mapping.keyValue.useRows")} /> : undefined}
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
          <p className="text-xs text-slate-500">{t("mapping.keyValue.mappedHint")}</p>
          <MappedPreview id={`${id}-preview`} template={typeof value === "string" ? value : ""} context={context} sources={sources} />
        </>
      ) : (
        <div role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy} className="space-y-2">
          {rows.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm text-slate-500">{t("mapping.keyValue.noRows")}</p>
          ) : null}
          {rows.map((row, index) => {
            const rowName = row.key.trim() || t("mapping.keyValue.rowFallback", { number: index + 1 });
            return (
              <div key={index} className="rounded-md border border-slate-200 bg-white p-2">
                <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto] sm:items-start">
                  <input
                    ref={(element) => {
                      if (element) keyInputs.current.set(index, element);
                      else keyInputs.current.delete(index);
                    }}
                    value={row.key}
                    onChange={(event) => setRow(index, { ...row, key: event.target.value })}
                    aria-label={t("mapping.keyValue.nameLabel", { field: descriptor.label, number: index + 1 })}
                    placeholder={t("mapping.keyValue.namePlaceholder")}
                    className="block min-h-[38px] w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400"
                  />
                  <TokenEditor
                    id={`${id}-row-${index}`}
                    label={t("mapping.keyValue.valueLabel", { field: descriptor.label, row: rowName })}
                    value={row.value}
                    onChange={(next) => setRow(index, { ...row, value: next })}
                    sources={sources}
                    placeholder={t("mapping.keyValue.valuePlaceholder")}
                  />
                  <button
                    type="button"
                    onClick={() => onChange(rows.filter((_, at) => at !== index))}
                    className="justify-self-start rounded-md px-2 py-2 text-sm font-medium text-red-700 hover:bg-red-50"
                  >
                    {t.rich("mapping.keyValue.remove", { row: rowName, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
                  </button>
                </div>
                <div className="mt-1 sm:pl-[calc(33%+0.5rem)]">
                  <MappedPreview template={row.value} context={context} sources={sources} typed />
                </div>
              </div>
            );
          })}
          {duplicates.length > 0 ? (
            <p className="text-xs text-amber-800">
              <span aria-hidden="true">⚠ </span>
              {t("mapping.keyValue.duplicates", { names: duplicates.map((name) => `“${name}”`).join(", "), count: duplicates.length })}
            </p>
          ) : null}
          {unnamed.length > 0 ? (
            <p className="text-xs text-amber-800">
              <span aria-hidden="true">⚠ </span>
              {t("mapping.keyValue.unnamed", { rows: unnamed.join(", "), count: unnamed.length })}
            </p>
          ) : null}
          <button
            type="button"
            disabled={full}
            onClick={() => {
              focusRow.current = rows.length;
              onChange([...rows, { key: "", value: "" }]);
            }}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400"
          >
            {t.rich("mapping.keyValue.addRow", { field: descriptor.label, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
          </button>
          {full ? (
            <p className="text-xs text-slate-500">{t("mapping.keyValue.maxRows", { field: descriptor.label, max: descriptor.maxEntries ?? 0 })}</p>
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}
