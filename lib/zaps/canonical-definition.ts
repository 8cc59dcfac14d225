import { stableJson } from "@/lib/zaps/stable-json";
import { zapDefinitionSchema } from "@/lib/zaps/schema";

/** A definition as the builder stores it, for comparing a draft with a published version; null when unreadable. */
export function canonicalDefinition(definition: unknown): string | null {
  const parsed = zapDefinitionSchema.safeParse(definition);
  return parsed.success ? stableJson(parsed.data) : null;
}
