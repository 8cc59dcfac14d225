const APPS: Record<string, { letter: string; className: string }> = {
  stripe: { letter: "S", className: "bg-[#635bff] text-white" },
  customerio: { letter: "C", className: "bg-[#00a971] text-white" },
};

/** An app's mark: a coloured tile with its initial. The app's name is for the caller to give. */
export function AppIcon({ app, size = "md" }: { app: string; size?: "sm" | "md" }) {
  const mark = APPS[app] ?? { letter: app.slice(0, 1).toUpperCase() || "?", className: "bg-slate-200 text-slate-700" };
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-md font-semibold ${mark.className} ${size === "sm" ? "h-5 w-5 text-[11px]" : "h-7 w-7 text-sm"}`}
    >
      {mark.letter}
    </span>
  );
}
