import { evaluateFilter } from "@/lib/filters/evaluate-filter";
import { filterFailureReason } from "@/lib/filters/filter-failure-reason";
import type { Translate } from "@/lib/i18n/translator";
import { userMessageText, type UserMessageValue } from "@/lib/i18n/user-message";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { ZapDefinition } from "@/lib/zaps/schema";
import { stepNumber } from "@/lib/zaps/step-number";

/**
 * Whether the filters before step `index` (the one after the trigger, and filter steps) would stop
 * this sample before it, in a sentence for the step's test and preview; null when it gets through.
 * A filter that cannot be read is left to its own card to report.
 */
export function filterStopBefore({
  definition,
  index,
  context,
  labelFor,
  t,
}: {
  definition: Pick<ZapDefinition, "filter" | "steps">;
  index: number;
  /** The sample data as the step sees it (earlier steps' outputs included). */
  context: MappingContext;
  labelFor: (path: string) => UserMessageValue | undefined;
  t: Translate;
}): string | null {
  const label = (path: string) => labelFor(path) ?? path;
  const stops = (filter: Parameters<typeof evaluateFilter>[0]["filter"]) => {
    try {
      const result = evaluateFilter({ filter, context });
      return result.passed ? null : userMessageText({ message: filterFailureReason({ result, context, labelFor: label }), t });
    } catch {
      return null;
    }
  };
  const first = stops(definition.filter);
  if (first) return t("builder.test.stopsAfterTrigger", { reason: first });
  for (const [at, step] of definition.steps.slice(0, index).entries()) {
    if (!isFilterStep(step)) continue;
    const reason = stops(step.filter);
    if (reason) return t("builder.test.stopsAtStep", { number: stepNumber({ index: at }), reason });
  }
  return null;
}
