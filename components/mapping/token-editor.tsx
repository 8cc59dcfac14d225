"use client";

import { useTranslations } from "next-intl";
import { userMessageText, userMessageValueText } from "@/lib/i18n/user-message";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from "react";
import { DataPicker } from "@/components/mapping/data-picker";
import { TokenFormatDialog } from "@/components/mapping/token-format-dialog";
import { tokenSample } from "@/components/mapping/token-sample";
import { useSampleData } from "@/components/mapping/use-sample-data";
import { Dialog } from "@/components/ui/dialog";
import { FORMATTERS } from "@/lib/mapping/formatters";
import { insertToken } from "@/lib/mapping/insert-token";
import { joinSegments } from "@/lib/mapping/join-segments";
import { labelForPath } from "@/lib/mapping/label-for-path";
import type { TemplatePart } from "@/lib/mapping/parse-template";
import type { PickerSource } from "@/lib/mapping/picker-source";
import { removeToken } from "@/lib/mapping/remove-token";
import { templateSegments } from "@/lib/mapping/template-segments";

type TextElement = HTMLInputElement | HTMLTextAreaElement;
type Focus = { index: number; offset?: number };

/**
 * Typed text mixed with field pills, without contentEditable: a row of plain inputs (one per run of
 * text, even an empty one between two pills) and pill buttons. The value stays a template string;
 * the row is derived from it on every render, and joining the row gives the string back unchanged.
 * Keyboard: ←/→ at the edge of a text move onto a pill, Backspace/Delete on a pill removes it, Enter
 * on a pill opens its formatters.
 */
export function TokenEditor({
  id,
  label,
  value,
  onChange,
  sources,
  multiline = false,
  placeholder,
  inputMode,
  describedBy,
  invalid = false,
  required = false,
}: {
  /** The first text input's id, for a <label htmlFor> (the input is also named by `label` itself). */
  id: string;
  /** The field's label, to name the other inputs and the pills. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  sources: PickerSource[];
  multiline?: boolean;
  placeholder?: string;
  inputMode?: "text" | "decimal" | "numeric";
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
}) {
  const t = useTranslations();
  const segments = useMemo(() => templateSegments({ template: value }), [value]);
  const { groups, context } = useSampleData(sources);
  const box = useRef<HTMLDivElement>(null);
  const caret = useRef<Focus | null>(null);
  const pendingFocus = useRef<Focus | null>(null);
  const [picking, setPicking] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const hintId = useId();
  const labelFor = (path: string) => labelForPath({ path, sources }) ?? path.replace(/^trigger\./, "");

  const focusAt = (target: Focus) => focusSegment(box.current, target);

  // Focus moves once the new value has been rendered (after any dialog has closed and restored its own focus).
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    focusSegment(box.current, target);
  });

  function commit(next: TemplatePart[], focus?: Focus) {
    pendingFocus.current = focus ?? null;
    onChange(joinSegments({ segments: next }));
  }

  const last = segments.length - 1;
  const textLength = (index: number) => {
    const segment = segments[index];
    return segment?.type === "text" ? segment.text.length : 0;
  };

  function insert(path: string) {
    const at = caret.current && segments[caret.current.index]?.type === "text" ? caret.current : { index: last, offset: textLength(last) };
    const next = insertToken({ segments, index: at.index, offset: at.offset ?? textLength(at.index), path });
    setPicking(false);
    caret.current = { index: at.index + 2, offset: 0 };
    commit(next, { index: at.index + 2, offset: 0 });
  }

  function remove(index: number) {
    setEditing(null);
    const offset = textLength(index - 1);
    caret.current = { index: index - 1, offset };
    commit(removeToken({ segments, index }), { index: index - 1, offset });
  }

  function remember(index: number, event: SyntheticEvent<TextElement>) {
    caret.current = { index, offset: event.currentTarget.selectionStart ?? event.currentTarget.value.length };
  }

  function onTextKeyDown(index: number, event: KeyboardEvent<TextElement>) {
    const { selectionStart, selectionEnd, value: text } = event.currentTarget;
    if (selectionStart !== selectionEnd) return;
    const atStart = selectionStart === 0;
    const atEnd = selectionEnd === text.length;
    if (index > 0 && atStart && (event.key === "ArrowLeft" || event.key === "Backspace")) {
      event.preventDefault();
      focusAt({ index: index - 1 });
    } else if (index < last && atEnd && (event.key === "ArrowRight" || event.key === "Delete")) {
      event.preventDefault();
      focusAt({ index: index + 1 });
    }
  }

  function onPillKeyDown(index: number, event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowLeft") {
      event.preventDefault();
      focusAt({ index: index - 1, offset: textLength(index - 1) });
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      focusAt({ index: index + 1, offset: 0 });
    } else if (event.key === "Backspace" || event.key === "Delete") {
      event.preventDefault();
      remove(index);
    }
  }

  const editingToken = editing !== null && segments[editing]?.type === "token" ? (segments[editing] as Extract<TemplatePart, { type: "token" }>) : null;

  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <div
          ref={box}
          onMouseDown={(event) => {
            // A click on the box's empty space puts the cursor at the end, as in a plain input.
            if (event.target !== event.currentTarget) return;
            event.preventDefault();
            focusAt({ index: last, offset: textLength(last) });
          }}
          className={`flex min-h-[38px] min-w-0 flex-1 cursor-text flex-wrap items-center gap-x-0.5 gap-y-1 rounded-md border bg-white px-2 py-1 shadow-sm focus-within:border-brand-600 focus-within:ring-1 focus-within:ring-brand-600 ${
            invalid ? "border-red-500" : "border-slate-300"
          }`}
        >
          {segments.map((segment, index) => {
            if (segment.type === "token") {
              const sample = tokenSample({ token: segment, context });
              const pillLabel = labelFor(segment.path);
              const names = segment.formatters.map((call) => call.name);
              const unknown = segment.formatters.some((call) => !Object.hasOwn(FORMATTERS, call.name));
              const tipId = `${hintId}-tip-${index}`;
              return (
                <span key={index} className="group relative inline-flex">
                  <button
                    type="button"
                    data-segment={index}
                    onClick={() => setEditing(index)}
                    onKeyDown={(event) => onPillKeyDown(index, event)}
                    aria-label={names.length ? t("mapping.tokenEditor.pillFormatted", { field: pillLabel, formatters: names.join(", ") }) : pillLabel}
                    aria-describedby={`${tipId} ${hintId}`}
                    className={`inline-flex max-w-full items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${
                      sample.missing || unknown || sample.error
                        ? "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100"
                        : "border-brand-100 bg-brand-50 text-brand-700 hover:bg-brand-100"
                    }`}
                  >
                    {sample.missing || unknown || sample.error ? <span aria-hidden="true">⚠</span> : null}
                    <span className="truncate">{pillLabel}</span>
                    {names.length ? <span className="text-[11px] font-normal opacity-75">· {names.join(" · ")}</span> : null}
                  </button>
                  <span
                    id={tipId}
                    role="tooltip"
                    className="pointer-events-none absolute left-0 top-full z-20 mt-1 hidden w-max max-w-xs rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow-lg group-focus-within:block group-hover:block"
                  >
                    <span className="block break-all font-mono text-slate-300">{segment.path}</span>
                    <span className="block break-all">{t("mapping.tokenEditor.sample", { value: userMessageValueText({ value: sample.raw, t }) })}</span>
                    {sample.error ? (
                      <span className="block">{userMessageText({ message: sample.error, t })}</span>
                    ) : sample.formatted !== undefined ? (
                      <span className="block break-all">
                        {t("mapping.tokenEditor.formatted", { value: userMessageValueText({ value: sample.formatted, t }) })}
                      </span>
                    ) : null}
                  </span>
                </span>
              );
            }
            const first = index === 0;
            const previous = segments[index - 1];
            return (
              <TextPiece
                key={index}
                index={index}
                multiline={multiline}
                inputMode={inputMode}
                id={first ? id : undefined}
                text={segment.text}
                placeholder={first && last === 0 ? placeholder : undefined}
                ariaLabel={
                  first
                    ? label
                    : previous?.type === "token"
                      ? t("mapping.tokenEditor.textAfter", { field: label, previous: labelFor(previous.path) })
                      : t("mapping.tokenEditor.textAfterField", { field: label })
                }
                describedBy={first ? describedBy : undefined}
                invalid={first && invalid}
                required={first && required}
                grow={index === last}
                onKeyDown={(event) => onTextKeyDown(index, event)}
                onCaret={(event) => remember(index, event)}
                onText={(text, event) => {
                  remember(index, event);
                  commit(segments.map((other, at) => (at === index ? { type: "text", text } : other)));
                }}
              />
            );
          })}
        </div>
        {sources.length > 0 ? (
          <button
            type="button"
            onClick={() => setPicking(true)}
            className="shrink-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            {t.rich("mapping.tokenEditor.insert", { field: label, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
          </button>
        ) : null}
      </div>
      <p id={hintId} className="sr-only">
        {t("mapping.tokenEditor.pillHint")}
      </p>
      <Dialog
        open={picking}
        onClose={() => setPicking(false)}
        title={t("mapping.tokenEditor.insertTitle", { field: label })}
        description={t("mapping.tokenEditor.insertDescription")}
      >
        <DataPicker sources={sources} onPick={insert} onClose={() => setPicking(false)} label={t("mapping.tokenEditor.dataFor", { field: label })} />
      </Dialog>
      <TokenFormatDialog
        token={editingToken}
        label={editingToken ? labelFor(editingToken.path) : ""}
        groups={groups}
        context={context}
        labelFor={labelFor}
        onClose={() => setEditing(null)}
        onRemove={() => editing !== null && remove(editing)}
        onChange={(token) => editing !== null && commit(segments.map((other, at) => (at === editing ? token : other)))}
      />
    </div>
  );
}

function focusSegment(box: HTMLElement | null, { index, offset }: Focus) {
  const element = box?.querySelector<HTMLElement>(`[data-segment="${index}"]`);
  if (!element) return;
  element.focus();
  if (offset !== undefined && (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    const at = Math.min(offset, element.value.length);
    element.setSelectionRange(at, at);
  }
}

const PIECE_CLASS =
  "min-w-[1ch] max-w-full border-0 bg-transparent px-0.5 py-1 text-sm text-slate-900 field-sizing-content placeholder:text-slate-400 focus:outline-none focus-visible:outline-none";

/** One run of typed text: an input that is as wide as its text (the last one takes the rest of the row). */
function TextPiece({
  index,
  multiline,
  inputMode,
  id,
  text,
  placeholder,
  ariaLabel,
  describedBy,
  invalid,
  required,
  grow,
  onKeyDown,
  onCaret,
  onText,
}: {
  index: number;
  multiline: boolean;
  inputMode?: "text" | "decimal" | "numeric";
  id?: string;
  text: string;
  placeholder?: string;
  ariaLabel?: string;
  describedBy?: string;
  invalid: boolean;
  required: boolean;
  grow: boolean;
  onKeyDown: (event: KeyboardEvent<TextElement>) => void;
  onCaret: (event: SyntheticEvent<TextElement>) => void;
  onText: (text: string, event: SyntheticEvent<TextElement>) => void;
}) {
  const shared = {
    id,
    value: text,
    placeholder,
    "data-segment": index,
    "aria-label": ariaLabel,
    "aria-describedby": describedBy,
    "aria-invalid": invalid ? true : undefined,
    "aria-required": required ? true : undefined,
    onKeyDown,
    onSelect: onCaret,
    onFocus: onCaret,
  };
  const className = `${PIECE_CLASS} ${grow ? "flex-1 basis-[6ch]" : ""}`;
  return multiline ? (
    <textarea
      {...shared}
      rows={Math.max(1, text.split("\n").length)}
      onChange={(event) => onText(event.target.value, event)}
      className={`${className} resize-none`}
    />
  ) : (
    <input
      {...shared}
      type="text"
      inputMode={inputMode}
      size={Math.max(1, text.length)}
      onChange={(event) => onText(event.target.value, event)}
      className={className}
    />
  );
}
