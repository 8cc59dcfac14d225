const FIELD = 'input:not([type="hidden"]):not(:disabled):not([readonly]), select:not(:disabled), textarea:not(:disabled)';

/**
 * Moves keyboard focus into a builder step that just appeared or changed (a step added, a trigger
 * chosen), so the user carries on there rather than from the top of the page. `within` narrows the
 * first field to part of the step (its mapped fields); without a field, the step's header button,
 * which holds its heading, takes focus.
 */
export function focusStep({ testId, within }: { testId: string; within?: string }): void {
  const section = document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testId)}"]`);
  if (!section) return;
  const scope = within ? section.querySelector<HTMLElement>(within) : section;
  const target = scope?.querySelector<HTMLElement>(FIELD) ?? section.querySelector<HTMLElement>("button[aria-expanded]");
  target?.focus();
  target?.scrollIntoView({ block: "nearest" });
}
