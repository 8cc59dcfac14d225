import { issueMessage } from "@/lib/i18n/issue-message";
import { userMessageText } from "@/lib/i18n/user-message";
import { z } from "zod";
import { db } from "@/lib/db";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { canonicalDefinition } from "@/lib/zaps/canonical-definition";
import { zapDefinitionSchema } from "@/lib/zaps/schema";
import { ZAP_NAME_MAX, zapNameProblem } from "@/lib/zaps/zap-name-problem";
import { validateZapDefinition, type DefinitionProblem } from "@/lib/zaps/validate-zap-definition";

export const zapNameSchema = z.string().trim().min(1).max(ZAP_NAME_MAX);

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
  locale,
}: {
  userId: string;
  zapId: string;
  input: unknown;
  create?: boolean;
  /** The language of the message, which the builder shows. */
  locale?: Locale;
}): Promise<SaveZapDraftResult> {
  const t = await translator({ locale });
  const firstIssue = (issue: z.core.$ZodIssue | undefined) => (issue ? userMessageText({ message: issueMessage(issue), t }) : undefined);
  const parsed = saveZapDraftInputSchema.safeParse(input);
  // The definition's own checks (lib/zaps/schema.ts) say what to change in their message.
  if (!parsed.success)
    return { ok: false, message: zapNameProblem({ error: parsed.error, t }) ?? firstIssue(parsed.error.issues[0]) ?? t("builder.save.invalid") };
  const { name, definition } = parsed.data;
  if (create) await db.zap.createMany({ data: [{ id: zapId, userId, name, draft: definition }], skipDuplicates: true });
  const zap = await db.zap.findFirst({
    where: { id: zapId, userId, deletedAt: null },
    select: { id: true, publishedVersion: { select: { definition: true } } },
  });
  if (!zap) return { ok: false, message: t("zaps.deletedElsewhere") };
  const saved = await db.zap.update({ where: { id: zap.id }, data: { name, draft: definition }, select: { updatedAt: true } });
  const connections = await db.connection.findMany({ where: { userId }, select: { id: true, app: true, status: true, label: true } });
  const published = canonicalDefinition(zap.publishedVersion?.definition);
  return {
    ok: true,
    problems: validateZapDefinition({ definition, connections, t, apps: await localizedApps({ locale: locale ?? DEFAULT_LOCALE }) }),
    hasUnpublishedChanges: published === null || published !== canonicalDefinition(definition),
    savedAt: saved.updatedAt.toISOString(),
  };
}
