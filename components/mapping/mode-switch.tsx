/** The small link beside a field's label that switches between a fixed value and data from the event. */
export function ModeSwitch({ mapped, onSwitch, fixedLabel = "Choose a fixed value" }: { mapped: boolean; onSwitch: () => void; fixedLabel?: string }) {
  return (
    <button type="button" onClick={onSwitch} className="shrink-0 rounded px-1 text-xs font-medium text-brand-700 hover:underline">
      {mapped ? fixedLabel : "Use data from the event"}
    </button>
  );
}
