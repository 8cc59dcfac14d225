// A run's zap definition, validated. A published version never changes, so its parsed form is kept
// per worker process; a draft test run's copy is parsed each time.
import { LruMap } from "@/lib/cache/lru-map";
import { zapDefinitionSchema, type ZapDefinition } from "@/lib/zaps/schema";

const parsedVersions = new LruMap<string, ZapDefinition | null>(10_000);

/** null when the definition does not parse (e.g. written by a newer Conduit). */
export function parseRunDefinition({ zapVersionId, definition }: { zapVersionId: string | null; definition: unknown }): ZapDefinition | null {
  if (zapVersionId) {
    const known = parsedVersions.get(zapVersionId);
    if (known !== undefined) return known;
  }
  const parsed = zapDefinitionSchema.safeParse(definition);
  const result = parsed.success ? parsed.data : null;
  if (zapVersionId) parsedVersions.set(zapVersionId, result);
  return result;
}
