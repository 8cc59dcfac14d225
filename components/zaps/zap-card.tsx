import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { DeleteZapButton } from "@/components/zaps/delete-zap-button";
import { DuplicateZapButton } from "@/components/zaps/duplicate-zap-button";
import { RenameZapButton } from "@/components/zaps/rename-zap-button";
import { ZapFlow } from "@/components/zaps/zap-flow";
import type { ZapNotice } from "@/components/zaps/zap-notice";
import { ZapToggle } from "@/components/zaps/zap-toggle";
import { buttonClasses } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { formatNumber } from "@/lib/i18n/format-number";
import type { ZapSummary } from "@/lib/zaps/list-zaps";

/** One zap: name (to the editor), trigger → steps, on/off, last run, recent runs, and what can be done with it. */
export function ZapCard({ zap, onNotice }: { zap: ZapSummary; onNotice: (notice: ZapNotice) => void }) {
  const t = useTranslations();
  const locale = useLocale();
  const headingId = `zap-${zap.id}`;
  return (
    <li aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-3 px-5 pt-4">
        <div className="min-w-0 flex-1 space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={headingId} className="break-words text-base font-semibold text-slate-900">
              <Link href={`/zaps/${zap.id}`} className="hover:text-brand-700 hover:underline underline-offset-2">
                {zap.name}
              </Link>
            </h2>
            {zap.publishedVersionNumber === null ? (
              <Tag>{t("zaps.card.neverPublished")}</Tag>
            ) : zap.hasUnpublishedChanges ? (
              <Tag>{t("zaps.card.unpublishedChanges")}</Tag>
            ) : null}
          </div>
          <ZapFlow flow={zap.flow} />
        </div>
        <ZapToggle zap={zap} />
      </div>
      {!zap.enabled && zap.pausedReason ? (
        <p className="mx-5 mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("zaps.card.paused", { reason: zap.pausedReason })}
        </p>
      ) : null}

      <dl className="grid gap-x-6 gap-y-2 px-5 py-4 text-sm sm:grid-cols-[max-content_max-content] sm:justify-start">
        <Fact term={t("zaps.card.lastRun")}>
          {zap.lastRun ? (
            <Link href={`/runs/${zap.lastRun.id}`} className="inline-flex flex-wrap items-center gap-2 hover:text-brand-700">
              <RunStatusBadge status={zap.lastRun.status} />
              <LocalTime iso={zap.lastRun.createdAt} />
            </Link>
          ) : (
            <span className="text-slate-500">{t("zaps.card.noRuns")}</span>
          )}
        </Fact>
        <Fact term={t("zaps.card.runsLast24h")}>
          {zap.runsLast24h > 0 ? (
            <Link href={`/runs?zapId=${zap.id}`} className="font-medium text-brand-700 hover:underline underline-offset-2">
              {formatNumber({ value: zap.runsLast24h, locale })}
              <span className="sr-only"> {t("zaps.card.runsOf", { count: zap.runsLast24h, name: zap.name })}</span>
            </Link>
          ) : (
            formatNumber({ value: 0, locale })
          )}
        </Fact>
      </dl>

      <div className="flex flex-wrap justify-end gap-2 border-t border-slate-100 bg-slate-50/60 px-5 py-3">
        <RenameZapButton zapId={zap.id} name={zap.name} />
        <DuplicateZapButton zapId={zap.id} name={zap.name} onDone={onNotice} />
        <Link href={`/zaps/${zap.id}/versions`} className={buttonClasses("secondary", "px-3 py-1.5")}>
          {t("zaps.card.versions")}
          <span className="sr-only"> {t("zaps.card.versionsOf", { name: zap.name })}</span>
        </Link>
        <DeleteZapButton zapId={zap.id} name={zap.name} onDone={onNotice} />
      </div>
    </li>
  );
}

function Tag({ children }: { children: ReactNode }) {
  return <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600 ring-1 ring-slate-200 ring-inset">{children}</span>;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  const t = useTranslations();
  return (
    <div className="flex items-center gap-2">
      <dt className="text-slate-500">{t("zaps.card.term", { term })}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}
