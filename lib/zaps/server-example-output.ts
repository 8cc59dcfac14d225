import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import type { StepConfig } from "@/lib/zaps/schema";
import { sampleFromOutputFields } from "@/lib/zaps/sample-from-output-fields";

/** A step's example output from its catalog output fields (what the builder's catalog calls sampleOutput); undefined for an unknown step. */
export function serverExampleOutput(step: StepConfig): unknown {
  const entry = findCatalogEntry({ appKey: step.app, key: step.key });
  if (!entry || entry.kind === "trigger") return undefined;
  return sampleFromOutputFields({ fields: entry.definition.outputFields });
}
