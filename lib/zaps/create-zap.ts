import { db } from "@/lib/db";
import { UNTITLED_ZAP_NAME } from "@/lib/zaps/is-untouched-draft";
import { EMPTY_ZAP_DEFINITION, zapDefinitionSchema, type ZapDefinition } from "@/lib/zaps/schema";

/** A new zap, off, whose draft is the given (possibly incomplete) definition. */
export async function createZap({ userId, input }: { userId: string; input: { name: string; definition?: ZapDefinition } }): Promise<{ id: string }> {
  const draft = zapDefinitionSchema.parse(input.definition ?? EMPTY_ZAP_DEFINITION);
  return db.zap.create({ data: { userId, name: input.name.trim() || UNTITLED_ZAP_NAME, draft }, select: { id: true } });
}
