import { useTranslations } from "next-intl";

/** "Rocket Rides · Test mode": which Stripe account a key opens, and in which mode. */
export function StripeAccountLine({ accountName, livemode }: { accountName: string | null; livemode: boolean }) {
  const t = useTranslations();
  return (
    <p className="flex flex-wrap items-center gap-2">
      <span className="font-medium">{accountName ?? t("connections.stripe.unnamedAccount")}</span>
      <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${livemode ? "bg-emerald-100 text-emerald-800" : "bg-amber-100 text-amber-900"}`}>
        {livemode ? t("connections.stripe.liveMode") : t("connections.stripe.testMode")}
      </span>
    </p>
  );
}
