"use client";

import { useTranslations } from "next-intl";
import { userMessageValueText } from "@/lib/i18n/user-message";
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { buildPickerTree, type PickerNode } from "@/lib/mapping/build-picker-tree";
import type { PickerSource } from "@/lib/mapping/picker-source";
import { searchPickerTree } from "@/lib/mapping/search-picker-tree";

const ITEM = "[data-picker-item]";

/**
 * The trigger's fields and earlier steps' outputs with their sample values: searchable by label, path
 * and value; objects expand. Keyboard: type to search, ↓/↑ move between fields, → opens and ← closes
 * an object, Enter picks, Escape clears the search, then closes.
 */
export function DataPicker({
  sources,
  onPick,
  onClose,
  label,
}: {
  sources: PickerSource[];
  onPick: (path: string) => void;
  onClose?: () => void;
  label?: string;
}) {
  const t = useTranslations();
  const eventLabel = t("mapping.picker.eventDetails");
  const groups = useMemo(() => buildPickerTree({ sources, eventLabel }), [sources, eventLabel]);
  const [query, setQuery] = useState("");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const matches = useMemo(() => searchPickerTree({ groups, query }), [groups, query]);
  const list = useRef<HTMLDivElement>(null);
  const searchId = useId();

  const toggle = (path: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(path);
      else next.delete(path);
      return next;
    });

  const items = () => [...(list.current?.querySelectorAll<HTMLButtonElement>(ITEM) ?? [])];

  function onListKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const all = items();
    const current = event.target instanceof HTMLButtonElement && event.target.matches(ITEM) ? event.target : null;
    const index = current ? all.indexOf(current) : -1;
    const focus = (button: HTMLButtonElement | undefined) => {
      if (!button) return;
      event.preventDefault();
      button.focus();
    };
    if (event.key === "ArrowDown") focus(all[index + 1]);
    else if (event.key === "ArrowUp") {
      if (index <= 0) {
        event.preventDefault();
        document.getElementById(searchId)?.focus();
      } else focus(all[index - 1]);
    } else if (event.key === "Home") focus(all[0]);
    else if (event.key === "End") focus(all[all.length - 1]);
    else if (current && (event.key === "ArrowRight" || event.key === "ArrowLeft")) {
      const path = current.dataset.path ?? "";
      const expandable = current.dataset.expandable === "true";
      if (event.key === "ArrowRight" && expandable) {
        event.preventDefault();
        if (expanded.has(path)) focus(all[index + 1]);
        else toggle(path, true);
      } else if (event.key === "ArrowLeft") {
        event.preventDefault();
        if (expandable && expanded.has(path)) toggle(path, false);
        else focus(all.find((button) => button.dataset.path === current.dataset.parent && button.dataset.section === current.dataset.section));
      }
    } else if (event.key === "Escape" && onClose) {
      event.preventDefault();
      onClose();
    }
  }

  return (
    <div role="group" aria-label={label ?? t("mapping.picker.label")} className="space-y-3">
      <input
        id={searchId}
        type="search"
        value={query}
        autoFocus
        // A modal <dialog> focuses its element with the autofocus attribute when it opens; React only calls focus().
        ref={(input) => input?.setAttribute("autofocus", "")}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            items()[0]?.focus();
          } else if (event.key === "Enter") {
            event.preventDefault();
            const first = matches[0];
            if (first) onPick(first.node.path);
          } else if (event.key === "Escape") {
            event.preventDefault();
            if (query) setQuery("");
            else onClose?.();
          }
        }}
        aria-label={t("mapping.picker.search")}
        aria-describedby={`${searchId}-hint`}
        placeholder={t("mapping.picker.searchPlaceholder")}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400"
      />
      <p id={`${searchId}-hint`} className="sr-only">
        {t("mapping.picker.searchHint")}
      </p>
      <div ref={list} onKeyDown={onListKeyDown} className="max-h-[55vh] space-y-4 overflow-y-auto pr-1">
        {groups.length === 0 ? (
          <p className="text-sm text-slate-600">{t("mapping.picker.noData")}</p>
        ) : query.trim() ? (
          matches.length === 0 ? (
            <p className="text-sm text-slate-600">{t("mapping.picker.noMatch", { query: query.trim() })}</p>
          ) : (
            <ul aria-label={t("mapping.picker.matching")} className="space-y-1">
              {matches.map(({ group, node }) => (
                <li key={node.path}>
                  <PickButton node={node} section="search" onPick={onPick} context={groups.length > 1 ? group : undefined} />
                </li>
              ))}
            </ul>
          )
        ) : (
          groups.map((group) => (
            <section key={group.root} aria-label={group.label} className="space-y-2">
              <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{group.label}</h3>
              {group.fields.length > 0 ? (
                <NodeList
                  nodes={group.fields}
                  section={`${group.root}:fields`}
                  expanded={expanded}
                  onToggle={toggle}
                  onPick={onPick}
                  label={t("mapping.picker.mainFields", { group: group.label })}
                />
              ) : null}
              {group.tree.length > 0 ? (
                <details open={group.fields.length === 0} className="rounded-md border border-slate-200">
                  <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50">
                    {group.fields.length > 0 ? t("mapping.picker.everything") : t("mapping.picker.fieldsInSample")}
                  </summary>
                  <div className="px-1 pb-2">
                    <NodeList
                      nodes={group.tree}
                      section={`${group.root}:tree`}
                      expanded={expanded}
                      onToggle={toggle}
                      onPick={onPick}
                      label={t("mapping.picker.everythingLabel", { group: group.label })}
                    />
                  </div>
                </details>
              ) : null}
            </section>
          ))
        )}
      </div>
    </div>
  );
}

function NodeList({
  nodes,
  section,
  expanded,
  onToggle,
  onPick,
  label,
  parent,
}: {
  nodes: PickerNode[];
  section: string;
  expanded: ReadonlySet<string>;
  onToggle: (path: string, open: boolean) => void;
  onPick: (path: string) => void;
  label?: string;
  parent?: string;
}) {
  const t = useTranslations();
  return (
    <ul aria-label={label} className={parent ? "ml-4 border-l border-slate-200 pl-2" : "space-y-0.5"}>
      {nodes.map((node) => {
        const open = expanded.has(`${section}|${node.path}`);
        const expandable = node.children.length > 0;
        return (
          <li key={node.path}>
            <div className="flex items-start gap-1">
              {expandable ? (
                <button
                  type="button"
                  aria-expanded={open}
                  aria-label={open ? t("mapping.picker.hideFields", { field: node.label }) : t("mapping.picker.showFields", { field: node.label })}
                  onClick={() => onToggle(`${section}|${node.path}`, !open)}
                  className="mt-1 flex h-6 w-6 shrink-0 items-center justify-center rounded text-slate-500 hover:bg-slate-100"
                >
                  <span aria-hidden="true" className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>
                    ▸
                  </span>
                </button>
              ) : (
                <span aria-hidden="true" className="w-6 shrink-0" />
              )}
              <PickButton node={node} section={section} parent={parent} expandable={expandable} onPick={onPick} />
            </div>
            {expandable && open ? (
              <NodeList nodes={node.children} section={section} parent={`${section}|${node.path}`} expanded={expanded} onToggle={onToggle} onPick={onPick} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function PickButton({
  node,
  section,
  parent,
  expandable = false,
  context,
  onPick,
}: {
  node: PickerNode;
  section: string;
  parent?: string;
  expandable?: boolean;
  /** The source's label, shown in search results. */
  context?: string;
  onPick: (path: string) => void;
}) {
  const t = useTranslations();
  const missing = node.kind === "missing";
  return (
    <button
      type="button"
      data-picker-item=""
      data-path={`${section}|${node.path}`}
      data-parent={parent}
      data-section={section}
      data-expandable={expandable ? "true" : "false"}
      onClick={() => onPick(node.path)}
      title={node.help}
      className="flex min-w-0 flex-1 flex-col rounded-md px-2 py-1 text-left hover:bg-brand-50 focus-visible:bg-brand-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600"
    >
      <span className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-sm font-medium text-slate-900">{node.label}</span>
        {context ? <span className="text-xs text-slate-500">{context}</span> : null}
      </span>
      <span className="flex min-w-0 flex-wrap gap-x-2 text-xs">
        <span className="break-all font-mono text-slate-500">{node.path}</span>
        <span className={`break-all ${missing ? "italic text-amber-700" : "text-emerald-700"}`}>{userMessageValueText({ value: node.sample, t })}</span>
      </span>
    </button>
  );
}
