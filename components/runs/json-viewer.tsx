import { useTranslations } from "next-intl";
import type { JsonValue } from "@/lib/json-value";

/**
 * JSON as a tree of native <details>: each object or array is a disclosure the keyboard opens and
 * closes (Tab to it, Enter or Space), and screen readers announce as expanded or collapsed.
 */
export function JsonViewer({ value, label, openDepth = 1 }: { value: JsonValue; label: string; openDepth?: number }) {
  return (
    <div
      aria-label={label}
      role="group"
      className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-relaxed text-slate-800"
    >
      <JsonNode value={value} name={null} depth={0} openDepth={openDepth} />
    </div>
  );
}

function JsonNode({ value, name, depth, openDepth }: { value: JsonValue; name: string | null; depth: number; openDepth: number }) {
  const t = useTranslations();
  const key = name === null ? null : <span className="text-brand-700">{JSON.stringify(name)}</span>;
  if (value === null || typeof value !== "object") {
    return (
      <div className="whitespace-pre-wrap break-all">
        {key}
        {key ? <span className="text-slate-500">: </span> : null}
        <Scalar value={value} />
      </div>
    );
  }
  const entries: [string, JsonValue][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div>
        {key}
        {key ? <span className="text-slate-500">: </span> : null}
        <span className="text-slate-500">
          {open}
          {close}
        </span>
      </div>
    );
  }
  const summary = Array.isArray(value) ? t("runs.json.items", { count: entries.length }) : t("runs.json.keys", { count: entries.length });
  return (
    <details open={depth < openDepth}>
      <summary className="cursor-pointer list-none rounded marker:hidden hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="mr-1 inline-block w-3 text-slate-400 transition-transform [[open]>summary>&]:rotate-90">
          ▸
        </span>
        {key}
        {key ? <span className="text-slate-500">: </span> : null}
        <span className="text-slate-500">{open}</span>
        <span className="text-slate-500 [[open]>summary>&]:hidden">
          {" "}
          {summary} {close}
        </span>
      </summary>
      <div className="ml-4 border-l border-slate-200 pl-3">
        {Array.isArray(value)
          ? entries.map(([index, item]) => <JsonNode key={index} value={item} name={null} depth={depth + 1} openDepth={openDepth} />)
          : entries.map(([entryKey, item]) => <JsonNode key={entryKey} value={item} name={entryKey} depth={depth + 1} openDepth={openDepth} />)}
      </div>
      <div className="hidden text-slate-500 [[open]>&]:block">{close}</div>
    </details>
  );
}

function Scalar({ value }: { value: string | number | boolean | null }) {
  if (typeof value === "string") return <span className="text-emerald-700">{JSON.stringify(value)}</span>;
  if (typeof value === "number") return <span className="text-sky-700">{value}</span>;
  return <span className="text-amber-700">{String(value)}</span>;
}
