/** Marks a run started by "Import past events" rather than by an event as it arrived. */
export function RunImportedBadge() {
  return (
    <span title="Started by Import past events" className="rounded bg-sky-50 px-1.5 py-0.5 text-xs font-medium text-sky-800 ring-1 ring-sky-200 ring-inset">
      Imported
    </span>
  );
}
