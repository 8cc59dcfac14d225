// A lookup whose reference is mapped but has no value in this event (a guest's payment has no
// customer) has nothing to look up: that is "nothing found", which the step's own choice decides
// (stop the run quietly, or continue with its empty output), not a failure. A reference left
// unmapped stays a mistake in the step (invalid inputs), as does any other invalid input.
import type { CatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { said, type UserMessage } from "@/lib/i18n/user-message";
import type { RenderedInputs } from "@/lib/mapping/render-step-inputs";
import type { Fields } from "@/lib/catalog/field";
import type { MappedValue } from "@/lib/zaps/schema";

export type EmptyReference = { action: "stop"; message: UserMessage } | { action: "continue"; output: unknown };

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

export function emptyLookupReference({
  entry,
  mapped,
  rendered,
}: {
  entry: Extract<CatalogEntry, { kind: "lookup" | "action" }>;
  mapped: Record<string, MappedValue>;
  rendered: Extract<RenderedInputs<Fields>, { ok: false }>;
}): EmptyReference | undefined {
  const notFound = entry.kind === "lookup" ? entry.definition.notFound : undefined;
  if (!notFound) return undefined;
  const { reference, choice } = notFound;
  const problem = rendered.messages[reference];
  const onlyProblem = problem !== undefined && Object.keys(rendered.errors).length === 1;
  const template = Object.hasOwn(mapped, reference) ? mapped[reference] : undefined;
  if (!onlyProblem || !isBlank(rendered.raw[reference]) || typeof template !== "string" || template.trim() === "") return undefined;
  const chosen = entry.definition.inputs[choice]?.schema.safeParse(rendered.raw[choice]);
  if (!chosen?.success) return undefined;
  if (chosen.data === "continue") return { action: "continue", output: notFound.empty };
  // "Charge ID is empty: Charge (trigger.charge) has no value in this event, so there was nothing to look up; …"
  if ("key" in problem && problem.key === "fieldErrors.emptyBecause")
    return { action: "stop", message: said("fieldErrors.emptyBecauseNothingToLookUp", problem.values) };
  return { action: "stop", message: said("fieldErrors.nothingToLookUp", { problem }) };
}
