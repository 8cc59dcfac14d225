"use server";

// The Zaps page's list operations: check the session, validate with zod, call lib/. Another user's
// zap reads as missing.
import type { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { deleteZap } from "@/lib/zaps/delete-zap";
import { duplicateZap } from "@/lib/zaps/duplicate-zap";
import { renameZap } from "@/lib/zaps/rename-zap";
import { restoreZapVersion } from "@/lib/zaps/restore-zap-version";
import { setZapEnabled } from "@/lib/zaps/set-zap-enabled";
import { zapNameProblem } from "@/lib/zaps/zap-name-problem";
import { renameZapInputSchema, restoreZapVersionInputSchema, setZapEnabledInputSchema, zapOperationInputSchema } from "@/lib/zaps/zap-operation-schema";

/** Input that does not parse: a name the user typed says what is wrong with it; anything else is a zap id that is not the user's. */
const invalid = async (error: z.ZodError) => {
  const t = await translator({ locale: await requestLocale() });
  return { ok: false as const, message: zapNameProblem({ error, t }) ?? t("zaps.notFound") };
};

export const setEnabled = authedAction({
  schema: setZapEnabledInputSchema,
  onInvalid: invalid,
  run: async ({ user, input }) => setZapEnabled({ userId: user.id, ...input, locale: await requestLocale() }),
});

export const rename = authedAction({
  schema: renameZapInputSchema,
  onInvalid: invalid,
  run: async ({ user, input }) => renameZap({ userId: user.id, ...input, locale: await requestLocale() }),
});

export const duplicate = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: invalid,
  run: async ({ user, input }) => duplicateZap({ userId: user.id, zapId: input.zapId, locale: await requestLocale() }),
});

export const remove = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: invalid,
  run: async ({ user, input }) => deleteZap({ userId: user.id, zapId: input.zapId, locale: await requestLocale() }),
});

export const restoreVersion = authedAction({
  schema: restoreZapVersionInputSchema,
  onInvalid: async (error) => {
    if (!error.issues.some((issue) => issue.path[0] === "versionId")) return invalid(error);
    return { ok: false as const, message: (await translator({ locale: await requestLocale() }))("zaps.restore.chooseVersion") };
  },
  run: async ({ user, input }) => restoreZapVersion({ userId: user.id, ...input, locale: await requestLocale() }),
});
