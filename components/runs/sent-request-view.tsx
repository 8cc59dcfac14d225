import { useTranslations } from "next-intl";
import { CopyTextButton } from "@/components/runs/copy-text-button";
import { curlCommand } from "@/lib/http/curl-command";
import type { SentRequest } from "@/lib/http/sent-request";

const prettyBody = (body: unknown) => (typeof body === "string" ? body : JSON.stringify(body, null, 2));

/** The request as HTTP text: request line, headers, blank line, body. */
function asHttpText(request: SentRequest): string {
  const head = [`${request.method} ${request.url}`, ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`)].join("\n");
  return request.body === null ? head : `${head}\n\n${prettyBody(request.body)}`;
}

/** One HTTP request a step sent, as it went out (credentials masked), with copy buttons. */
export function SentRequestView({ request, label }: { request: SentRequest; label: string }) {
  const t = useTranslations();
  return (
    <div aria-label={label} role="group" className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-xs text-slate-800">
      <p className="break-all">
        <span className="font-semibold text-brand-700">{request.method}</span> {request.url}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5" aria-label={t("runs.request.headers", { label })}>
        {Object.entries(request.headers).map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-slate-500">{name}:</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {request.body === null ? (
        <p className="font-sans text-slate-500">{t("runs.request.noBody")}</p>
      ) : (
        <pre aria-label={t("runs.request.body", { label })} className="max-h-96 overflow-auto whitespace-pre-wrap break-all border-t border-slate-200 pt-2">
          {prettyBody(request.body)}
        </pre>
      )}
      <div className="flex flex-wrap gap-3 font-sans">
        <CopyTextButton text={asHttpText(request)} label={t("runs.request.copy")} />
        <CopyTextButton text={curlCommand({ request })} label={t("runs.request.copyCurl")} />
      </div>
    </div>
  );
}
