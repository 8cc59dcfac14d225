import { useTranslations } from "next-intl";
import { SentRequestView } from "@/components/runs/sent-request-view";
import type { SentRequest } from "@/lib/http/sent-request";

/** The HTTP requests of one step (or one step test), in order, under one heading. */
export function RecordedRequestView({ requests, title }: { requests: SentRequest[]; /** Default "HTTP request(s)". */ title?: string }) {
  const t = useTranslations();
  if (requests.length === 0) return null;
  const heading = title ?? t("runs.requests.heading", { count: requests.length });
  return (
    <section aria-label={heading} className="min-w-0 space-y-1">
      <h4 className="text-xs font-medium uppercase tracking-wide text-slate-500">{heading}</h4>
      <p className="text-xs text-slate-500">{t("runs.requests.exactly")}</p>
      {requests.map((request, index) => (
        <SentRequestView
          key={index}
          request={request}
          label={requests.length === 1 ? heading : t("runs.requests.nth", { heading, number: index + 1, count: requests.length })}
        />
      ))}
    </section>
  );
}
