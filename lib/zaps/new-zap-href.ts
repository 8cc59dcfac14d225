/** The wizard's URL, opened with a template, a trigger or a first step (<app>.<key>) already chosen. */
export function newZapHref(start: { template: string } | { trigger: string } | { step: { app: string; key: string } }): string {
  if ("template" in start) return `/zaps/new?template=${encodeURIComponent(start.template)}`;
  if ("trigger" in start) return `/zaps/new?trigger=${encodeURIComponent(start.trigger)}`;
  return `/zaps/new?step=${encodeURIComponent(`${start.step.app}.${start.step.key}`)}`;
}
