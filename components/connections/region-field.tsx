"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

const REGIONS = [
  { value: "us", name: "US", hint: "connections.region.us" },
  { value: "eu", name: "EU", hint: "connections.region.eu" },
] as const;

/** The Customer.io region as two radio cards; the account's region is fixed when it is created. */
export function RegionField({ error, defaultValue = "us", help }: { error?: string; defaultValue?: "us" | "eu"; help?: string }) {
  const t = useTranslations();
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : `${id}-help`} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("connections.region.label")}</legend>
      <div className="mt-1 grid gap-2 sm:grid-cols-2">
        {REGIONS.map((region) => (
          <label
            key={region.value}
            className={`flex cursor-pointer items-start gap-3 rounded-md border bg-white p-3 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 ${
              error ? "border-red-500" : "border-slate-300"
            }`}
          >
            <input
              type="radio"
              name="region"
              value={region.value}
              defaultChecked={region.value === defaultValue}
              className="mt-0.5 accent-brand-600 focus-visible:outline-none"
            />
            <span>
              <span className="block font-medium text-slate-900">{region.name}</span>
              <span className="block text-xs text-slate-600">{t(region.hint)}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">
          {help ?? t("connections.region.help")}
        </p>
      )}
    </fieldset>
  );
}
