"use client";

import { useTranslations } from "next-intl";
import { userMessageText, userMessageValueText } from "@/lib/i18n/user-message";
import { useId, useState } from "react";
import { FORMATTER_ARGS, type FormatterArgSpec } from "@/components/mapping/formatter-args";
import { FORMATTER_TEXT } from "@/lib/mapping/formatter-text";
import { tokenSample } from "@/components/mapping/token-sample";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { PickerGroup } from "@/lib/mapping/build-picker-tree";
import { currencyPaths } from "@/lib/mapping/currency-paths";
import { describeSample } from "@/lib/mapping/describe-sample";
import { FORMATTERS } from "@/lib/mapping/formatters";
import type { FormatterCall, TemplatePart } from "@/lib/mapping/parse-template";
import { resolvePath, type MappingContext } from "@/lib/mapping/resolve-path";
import { tokenSource } from "@/lib/mapping/token-source";

type Token = Extract<TemplatePart, { type: "token" }>;

const FORMATTER_NAMES = Object.keys(FORMATTERS);

/** A new formatter's starting argument: amounts take the nearest currency field. */
function startingArg(name: string, near: string, groups: readonly PickerGroup[]): FormatterCall["arg"] {
  const spec = FORMATTER_ARGS[name];
  if (spec?.kind === "currency") {
    const [nearest] = currencyPaths({ groups, near });
    if (nearest) return { path: nearest };
    return spec.required ? { literal: "usd" } : undefined;
  }
  if (spec?.kind === "text" || spec?.kind === "textOrField") return { literal: "" };
  return undefined;
}

/** Formatters for one token of a mapped field, each with its argument, plus removing the token. */
export function TokenFormatDialog({
  token,
  label,
  groups,
  context,
  labelFor,
  onChange,
  onRemove,
  onClose,
}: {
  /** Null while closed. */
  token: Token | null;
  label: string;
  groups: readonly PickerGroup[];
  context: MappingContext;
  labelFor: (path: string) => string;
  onChange: (token: Token) => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const t = useTranslations();
  const addId = useId();
  const formatterLabel = (name: string) => {
    const text = FORMATTER_TEXT[name];
    return text ? t(text.label) : undefined;
  };
  const formatterDescription = (name: string) => {
    const text = FORMATTER_TEXT[name];
    return text ? t(text.description) : undefined;
  };
  const [adding, setAdding] = useState(FORMATTER_NAMES[0] ?? "");

  const update = (formatters: FormatterCall[]) => {
    if (!token) return;
    onChange({ ...token, formatters, source: tokenSource({ path: token.path, formatters }) });
  };
  const sample = token ? tokenSample({ token, context }) : null;

  return (
    <Dialog
      open={token !== null}
      onClose={onClose}
      title={t("mapping.format.title", { field: label })}
      description={token ? <span className="font-mono text-xs">{token.path}</span> : null}
    >
      {token && sample ? (
        <div className="space-y-5">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-500">{t("mapping.format.inSample")}</dt>
            <dd className={`break-all font-mono text-xs leading-5 ${sample.missing ? "italic text-amber-700" : "text-slate-800"}`}>
              {userMessageValueText({ value: sample.raw, t })}
            </dd>
            {token.formatters.length > 0 ? (
              <>
                <dt className="text-slate-500">{t("mapping.format.formatted")}</dt>
                <dd className="break-all font-mono text-xs leading-5 text-slate-800">
                  {sample.error ? (
                    <span className="text-red-700">{userMessageText({ message: sample.error, t })}</span>
                  ) : sample.formatted === undefined ? null : (
                    userMessageValueText({ value: sample.formatted, t })
                  )}
                </dd>
              </>
            ) : null}
          </dl>

          {token.formatters.length > 0 ? (
            <ol aria-label={t("mapping.format.formatters")} className="space-y-3">
              {token.formatters.map((call, index) => (
                <li key={`${index}-${call.name}`} className="rounded-md border border-slate-200 p-3">
                  <div className="flex items-start justify-between gap-3">
                    <div>
                      <p className="text-sm font-medium text-slate-900">{formatterLabel(call.name) ?? t("mapping.format.unknown", { name: call.name })}</p>
                      <p className="text-xs text-slate-500">{formatterDescription(call.name) ?? t("mapping.format.unknownDescription")}</p>
                    </div>
                    <button
                      type="button"
                      onClick={() => update(token.formatters.filter((_, at) => at !== index))}
                      className="shrink-0 rounded-md px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50"
                    >
                      {t.rich("mapping.format.remove", {
                        name: formatterLabel(call.name) ?? call.name,
                        hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                      })}
                    </button>
                  </div>
                  <ArgEditor
                    spec={FORMATTER_ARGS[call.name]}
                    call={call}
                    near={token.path}
                    groups={groups}
                    context={context}
                    labelFor={labelFor}
                    onChange={(arg) => update(token.formatters.map((other, at) => (at === index ? { name: call.name, ...(arg ? { arg } : {}) } : other)))}
                  />
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-600">{t("mapping.format.noFormatters")}</p>
          )}

          <div className="flex items-end gap-2">
            <div className="min-w-0 flex-1 space-y-1">
              <label htmlFor={addId} className="block text-sm font-medium text-slate-800">
                {t("mapping.format.addFormatter")}
              </label>
              <select
                id={addId}
                value={adding}
                onChange={(event) => setAdding(event.target.value)}
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
              >
                {FORMATTER_NAMES.map((name) => (
                  <option key={name} value={name}>
                    {formatterLabel(name)}
                  </option>
                ))}
              </select>
            </div>
            <Button
              variant="secondary"
              disabled={token.formatters.length >= 8}
              onClick={() => {
                const arg = startingArg(adding, token.path, groups);
                update([...token.formatters, { name: adding, ...(arg ? { arg } : {}) }]);
              }}
            >
              {t("mapping.format.add")}
            </Button>
          </div>
          <p className="text-xs text-slate-500">{formatterDescription(adding)}</p>

          <div className="flex justify-between gap-2 border-t border-slate-100 pt-4">
            <button type="button" onClick={onRemove} className="rounded-md px-3 py-2 text-sm font-medium text-red-700 hover:bg-red-50">
              {t("mapping.format.removeField")}
            </button>
            <Button onClick={onClose}>{t("mapping.format.done")}</Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}

function ArgEditor({
  spec,
  call,
  near,
  groups,
  context,
  labelFor,
  onChange,
}: {
  spec: FormatterArgSpec | undefined;
  call: FormatterCall;
  near: string;
  groups: readonly PickerGroup[];
  context: MappingContext;
  labelFor: (path: string) => string;
  onChange: (arg: FormatterCall["arg"]) => void;
}) {
  const t = useTranslations();
  const id = useId();
  const literal = call.arg && "literal" in call.arg ? call.arg.literal : undefined;
  const path = call.arg && "path" in call.arg ? call.arg.path : undefined;
  const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400";

  if (!spec) return null;
  if (spec.kind === "text") {
    return (
      <div className="mt-2 space-y-1">
        <label htmlFor={id} className="block text-xs font-medium text-slate-700">
          {t(spec.label)}
        </label>
        <input
          id={id}
          value={literal ?? ""}
          placeholder={t(spec.placeholder)}
          onChange={(event) => onChange({ literal: event.target.value })}
          className={inputClass}
        />
      </div>
    );
  }
  if (spec.kind === "textOrField") {
    // The catalog's labelled fields, the token's own excluded: "Billing email" when there is no customer.
    const fields = groups.flatMap((group) => group.fields).filter((node) => node.path !== near && node.kind !== "object" && node.kind !== "array");
    if (path && !fields.some((node) => node.path === path))
      fields.unshift({ path, key: path, label: labelFor(path), kind: "string", sample: "", children: [] });
    return (
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={id} className="block text-xs font-medium text-slate-700">
            {t(spec.label)}
          </label>
          <select
            id={id}
            value={path ? `path:${path}` : "literal"}
            onChange={(event) => {
              const value = event.target.value;
              onChange(value === "literal" ? { literal: literal ?? "" } : { path: value.slice("path:".length) });
            }}
            className={inputClass}
          >
            <option value="literal">{t("mapping.format.fixedText")}</option>
            {fields.map((node) => (
              <option key={node.path} value={`path:${node.path}`}>
                {t("mapping.format.fieldOption", {
                  field: labelFor(node.path),
                  sample: userMessageValueText({ value: describeSample({ value: resolvePath({ path: node.path, context }) }), t }),
                })}
              </option>
            ))}
          </select>
        </div>
        {path ? null : (
          <div className="space-y-1">
            <label htmlFor={`${id}-text`} className="block text-xs font-medium text-slate-700">
              {t("mapping.format.text")}
            </label>
            <input
              id={`${id}-text`}
              value={literal ?? ""}
              placeholder={t(spec.placeholder)}
              onChange={(event) => onChange({ literal: event.target.value })}
              className={inputClass}
            />
          </div>
        )}
      </div>
    );
  }
  if (spec.kind === "choice") {
    return (
      <div className="mt-2 space-y-1">
        <label htmlFor={id} className="block text-xs font-medium text-slate-700">
          {t(spec.label)}
        </label>
        <select
          id={id}
          value={literal ?? ""}
          onChange={(event) => onChange(event.target.value ? { literal: event.target.value } : undefined)}
          className={inputClass}
        >
          {spec.options.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const paths = currencyPaths({ groups, near });
  if (path && !paths.includes(path)) paths.unshift(path);
  const choice = path ? `path:${path}` : literal !== undefined ? "literal" : "none";
  return (
    <div className="mt-2 grid gap-2 sm:grid-cols-2">
      <div className="space-y-1">
        <label htmlFor={id} className="block text-xs font-medium text-slate-700">
          {t("mapping.format.currency")}
        </label>
        <select
          id={id}
          value={choice}
          onChange={(event) => {
            const value = event.target.value;
            if (value === "none") onChange(undefined);
            else if (value === "literal") onChange({ literal: literal ?? "usd" });
            else onChange({ path: value.slice("path:".length) });
          }}
          className={inputClass}
        >
          {spec.required ? null : <option value="none">{t("mapping.format.noCurrency")}</option>}
          {paths.map((candidate) => (
            <option key={candidate} value={`path:${candidate}`}>
              {t("mapping.format.fieldOption", {
                field: labelFor(candidate),
                sample: userMessageValueText({ value: describeSample({ value: resolvePath({ path: candidate, context }) }), t }),
              })}
            </option>
          ))}
          <option value="literal">{t("mapping.format.fixedCurrency")}</option>
        </select>
      </div>
      {choice === "literal" ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-code`} className="block text-xs font-medium text-slate-700">
            {t("mapping.format.currencyCode")}
          </label>
          <input
            id={`${id}-code`}
            value={literal ?? ""}
            maxLength={3}
            placeholder="usd"
            aria-describedby={`${id}-code-help`}
            onChange={(event) => onChange({ literal: event.target.value.trim().toLowerCase() })}
            className={inputClass}
          />
          <p id={`${id}-code-help`} className="text-xs text-slate-500">
            {t("mapping.format.currencyCodeHelp")}
          </p>
        </div>
      ) : null}
    </div>
  );
}
