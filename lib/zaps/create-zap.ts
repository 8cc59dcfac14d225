import { db } from "@/lib/db";
import { EMPTY_ZAP_DEFINITION, zapDefinitionSchema, type ZapDefinition } from "@/lib/zaps/schema";

/** A new zap, off, whose draft is the given (possibly incomplete) definition. */
export async function createZap({
  userId,
  input,
}: {
  userId: string;
  input: { name: string; definition?: ZapDefinition };
}): Promise<{ id: string }> {
  const draft = zapDefinitionSchema.parse(input.definition ?? EMPTY_ZAP_DEFINITION);
  return db.zap.create({ data: { userId, name: input.name.trim() || "Untitled zap", draft }, select: { id: true } });
}
