import { z } from "zod";
import { db } from "@/lib/db";
import { canonicalDefinition } from "@/lib/zaps/canonical-definition";
import { zapDefinitionSchema } from "@/lib/zaps/schema";
import { validateZapDefinition, type DefinitionProblem } from "@/lib/zaps/validate-zap-definition";

export const zapNameSchema = z.string().trim().min(1, "Give the zap a name.").max(120, "Keep the name under 120 characters.");

export const saveZapDraftInputSchema = z.object({
  name: zapNameSchema,
  definition: zapDefinitionSchema,
});

export type SaveZapDraftResult = { ok: true; problems: DefinitionProblem[]; hasUnpublishedChanges: boolean; savedAt: string } | { ok: false; message: string };

/**
 * Autosave: stores the (possibly incomplete) definition as the zap's draft. Runs keep using the
 * published version until the draft is published. Returns what would stop it from publishing, per
 * step, so the builder can mark each step's state.
 *
 * `create`: the builder of a new zap (/zaps/new) saves its first change this way, under the id it
 * drew when it opened, so a zap exists only once the user changed something (opening the page or
 * following a link to it creates nothing). The insert is a no-op when the id exists, so a repeated
 * or concurrent first save stores one zap; an id taken by another user's zap reads as missing.
 */
export async function saveZapDraft({
  userId,
  zapId,
  input,
  create = false,
}: {
  userId: string;
  zapId: string;
  input: unknown;
  create?: boolean;
}): Promise<SaveZapDraftResult> {
  const parsed = saveZapDraftInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "The draft is not valid." };
  const { name, definition } = parsed.data;
  if (create) await db.zap.createMany({ data: [{ id: zapId, userId, name, draft: definition }], skipDuplicates: true });
  const zap = await db.zap.findFirst({
    where: { id: zapId, userId, deletedAt: null },
    select: { id: true, publishedVersion: { select: { definition: true } } },
  });
  if (!zap) return { ok: false, message: "This zap does not exist any more: it may have been deleted in another tab." };
  const saved = await db.zap.update({ where: { id: zap.id }, data: { name, draft: definition }, select: { updatedAt: true } });
  const connections = await db.connection.findMany({ where: { userId }, select: { id: true, app: true, status: true, label: true } });
  const published = canonicalDefinition(zap.publishedVersion?.definition);
  return {
    ok: true,
    problems: validateZapDefinition({ definition, connections }),
    hasUnpublishedChanges: published === null || published !== canonicalDefinition(definition),
    savedAt: saved.updatedAt.toISOString(),
  };
}
