import { zapDefinitionSchema } from "@/lib/zaps/schema";

/** The name a zap started from nothing gets (starterDefinition, createZap). */
export const UNTITLED_ZAP_NAME = "Untitled zap";

/**
 * Whether a zap is an untouched draft, which the Zaps list leaves out: never published, still named
 * "Untitled zap", and its draft empty (no trigger, no filter, no steps). That is exactly what opening
 * /zaps/new used to store before the user did anything (such zaps remain in older databases); the
 * builder now stores a zap only at the first change, so it never makes one. A user's zap can only
 * look like this again by being emptied and renamed back, and then it holds nothing to lose.
 */
export function isUntouchedDraft({ name, draft, published }: { name: string; draft: unknown; published: boolean }): boolean {
  if (published || name !== UNTITLED_ZAP_NAME) return false;
  const definition = zapDefinitionSchema.safeParse(draft);
  return definition.success && definition.data.trigger === null && definition.data.filter === null && definition.data.steps.length === 0;
}
