"use client";

import { useId } from "react";

/** A choice among a few options as radio cards, each with a line under its name (a connection's region). */
export function ChoiceCardsField({
  name,
  label,
  options,
  defaultValue,
  error,
  help,
}: {
  name: string;
  label: string;
  options: readonly { value: string; label: string; hint?: string }[];
  defaultValue?: string;
  error?: string;
  help?: string;
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : help ? `${id}-help` : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <div className="mt-1 grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className={`flex cursor-pointer items-start gap-3 rounded-md border bg-white p-3 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 ${
              error ? "border-red-500" : "border-slate-300"
            }`}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              className="mt-0.5 accent-brand-600 focus-visible:outline-none"
            />
            <span>
              <span className="block font-medium text-slate-900">{option.label}</span>
              {option.hint ? <span className="block text-xs text-slate-600">{option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : help ? (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">
          {help}
        </p>
      ) : null}
    </fieldset>
  );
}
