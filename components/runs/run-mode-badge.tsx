import { useTranslations } from "next-intl";

/**
 * "Test event" for runs of Conduit's own test events (Send test event), else the Stripe event's
 * mode in Stripe's words: "Test mode" or "Live mode".
 */
export function RunModeBadge({ isTest, livemode }: { isTest: boolean; livemode: boolean }) {
  const t = useTranslations();
  if (isTest) {
    return <span className="rounded bg-sky-50 px-1.5 py-0.5 text-xs font-medium text-sky-800 ring-1 ring-sky-200 ring-inset">{t("runs.mode.testEvent")}</span>;
  }
  return livemode ? (
    <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset">
      {t("runs.mode.liveMode")}
    </span>
  ) : (
    <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200 ring-inset">{t("runs.mode.testMode")}</span>
  );
}
