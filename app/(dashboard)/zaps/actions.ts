"use server";

// The Zaps page's list operations: check the session, validate with zod, call lib/. Another user's
// zap reads as missing.
import { authedAction } from "@/lib/auth/authed-action";
import { deleteZap } from "@/lib/zaps/delete-zap";
import { duplicateZap } from "@/lib/zaps/duplicate-zap";
import { renameZap } from "@/lib/zaps/rename-zap";
import { restoreZapVersion } from "@/lib/zaps/restore-zap-version";
import { setZapEnabled } from "@/lib/zaps/set-zap-enabled";
import {
  ZAP_NOT_FOUND,
  renameZapInputSchema,
  restoreZapVersionInputSchema,
  setZapEnabledInputSchema,
  zapOperationInputSchema,
} from "@/lib/zaps/zap-operation-schema";

const firstIssue = (error: { issues: { message: string }[] }) => ({ ok: false as const, message: error.issues[0]?.message ?? ZAP_NOT_FOUND });

export const setEnabled = authedAction({
  schema: setZapEnabledInputSchema,
  onInvalid: firstIssue,
  run: ({ user, input }) => setZapEnabled({ userId: user.id, ...input }),
});

export const rename = authedAction({
  schema: renameZapInputSchema,
  onInvalid: firstIssue,
  run: ({ user, input }) => renameZap({ userId: user.id, ...input }),
});

export const duplicate = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: firstIssue,
  run: ({ user, input }) => duplicateZap({ userId: user.id, zapId: input.zapId }),
});

export const remove = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: firstIssue,
  run: ({ user, input }) => deleteZap({ userId: user.id, zapId: input.zapId }),
});

export const restoreVersion = authedAction({
  schema: restoreZapVersionInputSchema,
  onInvalid: firstIssue,
  run: ({ user, input }) => restoreZapVersion({ userId: user.id, ...input }),
});
