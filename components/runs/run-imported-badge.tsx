import { useTranslations } from "next-intl";

/** Marks a run started by "Import past events" rather than by an event as it arrived. */
export function RunImportedBadge() {
  const t = useTranslations();
  return (
    <span title={t("runs.imported.title")} className="rounded bg-sky-50 px-1.5 py-0.5 text-xs font-medium text-sky-800 ring-1 ring-sky-200 ring-inset">
      {t("runs.imported.label")}
    </span>
  );
}
