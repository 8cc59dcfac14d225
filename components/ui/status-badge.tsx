const TONES = {
  green: "bg-emerald-500",
  amber: "bg-amber-500",
  red: "bg-red-500",
  slate: "bg-slate-400",
  blue: "bg-sky-500",
} as const;

export type StatusTone = keyof typeof TONES;

export function StatusBadge({ tone, label }: { tone: StatusTone; label: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
      <span aria-hidden="true" className={`h-1.5 w-1.5 rounded-full ${TONES[tone]}`} />
      {label}
    </span>
  );
}
