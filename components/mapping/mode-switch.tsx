import { useTranslations } from "next-intl";

/** The small link beside a field's label that switches between a fixed value and data from the event. */
export function ModeSwitch({ mapped, onSwitch, fixedLabel }: { mapped: boolean; onSwitch: () => void; fixedLabel?: string }) {
  const t = useTranslations();
  return (
    <button type="button" onClick={onSwitch} className="shrink-0 rounded px-1 text-xs font-medium text-brand-700 hover:underline">
      {mapped ? (fixedLabel ?? t("mapping.modeSwitch.fixed")) : t("mapping.modeSwitch.mapped")}
    </button>
  );
}
