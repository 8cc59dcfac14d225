import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";
import { RestoreVersionButton } from "@/components/zaps/restore-version-button";
import { ZapFlow } from "@/components/zaps/zap-flow";
import type { ZapVersionSummary } from "@/lib/zaps/list-zap-versions";

/** Published versions, newest first, each restorable into the draft. */
export function ZapVersionList({ zapId, versions, currentNumber }: { zapId: string; versions: ZapVersionSummary[]; currentNumber: number | null }) {
  const t = useTranslations();
  return (
    <ol aria-label={t("zaps.versions.label")} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {versions.map((version) => (
        <li key={version.id} aria-labelledby={`version-${version.id}`} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0 space-y-1.5">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id={`version-${version.id}`} className="text-base font-semibold text-slate-900">
                {t("zaps.versions.version", { number: version.number })}
              </h2>
              {version.current ? (
                <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset">
                  {t("zaps.versions.current")}
                </span>
              ) : null}
            </div>
            <p className="text-sm text-slate-600">{t.rich("zaps.versions.published", { time: () => <LocalTime iso={version.publishedAt} /> })}</p>
            <ZapFlow flow={version.flow} />
          </div>
          <RestoreVersionButton zapId={zapId} versionId={version.id} number={version.number} currentNumber={currentNumber} />
        </li>
      ))}
    </ol>
  );
}
