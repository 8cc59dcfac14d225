"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

export interface CatalogChoice {
  value: string;
  name: string;
  description: string;
  /** Shown before the name, e.g. the app. */
  group?: string;
}

/** A searchable list of catalog entries (triggers or steps) to choose one from. */
export function CatalogSearchList({
  label,
  choices,
  selected,
  onChoose,
  autoFocus = false,
}: {
  label: string;
  choices: CatalogChoice[];
  selected: string | null;
  onChoose: (value: string) => void;
  /** Focus the search box on mount: the list just opened at the user's request. */
  autoFocus?: boolean;
}) {
  const t = useTranslations();
  const [query, setQuery] = useState("");
  const inputId = useId();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = choices.filter((choice) => {
    const text = `${choice.group ?? ""} ${choice.name} ${choice.description}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter chooses the first match, so a search and Enter is enough from the keyboard.
          const first = shown[0];
          if (event.key !== "Enter" || !first || words.length === 0) return;
          event.preventDefault();
          onChoose(first.value);
        }}
        autoFocus={autoFocus}
        aria-describedby={`${inputId}-hint`}
        placeholder={t("builder.search.placeholder")}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm"
      />
      <p id={`${inputId}-hint`} className="sr-only">
        {t("builder.search.hint")}
      </p>
      <ul
        role="listbox"
        aria-label={t("builder.search.choices", { label })}
        className="max-h-80 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
      >
        {shown.length === 0 ? <li className="px-3 py-3 text-sm text-slate-500">{t("builder.search.noMatch", { query })}</li> : null}
        {shown.map((choice) => (
          // The button itself is the option: an option may not hold another control.
          <li key={choice.value} role="none">
            <button
              type="button"
              role="option"
              aria-selected={choice.value === selected}
              onClick={() => onChoose(choice.value)}
              className={`block w-full px-3 py-2 text-left hover:bg-slate-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600 ${choice.value === selected ? "bg-brand-50" : ""}`}
            >
              <span className="block text-sm font-medium text-slate-900">
                {choice.group ? <span className="text-slate-600">{choice.group} · </span> : null}
                {choice.name}
              </span>
              <span className="block text-xs text-slate-600">{choice.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
