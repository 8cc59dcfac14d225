"use server";

// The Zaps page's list operations: check the session, validate with zod, call lib/. Another user's
// zap reads as missing.
import { requireUser } from "@/lib/auth/current-user";
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
  type ZapOperationResult,
} from "@/lib/zaps/zap-operation-schema";

const firstIssue = (error: { issues: { message: string }[] }) => error.issues[0]?.message ?? ZAP_NOT_FOUND;

export async function setEnabled(input: { zapId: string; enabled: boolean }): Promise<ZapOperationResult<{ enabled: boolean }>> {
  const user = await requireUser();
  const parsed = setZapEnabledInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  return setZapEnabled({ userId: user.id, ...parsed.data });
}

export async function rename(input: { zapId: string; name: string }): Promise<ZapOperationResult<{ name: string }>> {
  const user = await requireUser();
  const parsed = renameZapInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  return renameZap({ userId: user.id, ...parsed.data });
}

export async function duplicate(input: { zapId: string }): Promise<ZapOperationResult<{ id: string; name: string }>> {
  const user = await requireUser();
  const parsed = zapOperationInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  return duplicateZap({ userId: user.id, zapId: parsed.data.zapId });
}

export async function remove(input: { zapId: string }): Promise<ZapOperationResult<{ name: string }>> {
  const user = await requireUser();
  const parsed = zapOperationInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  return deleteZap({ userId: user.id, zapId: parsed.data.zapId });
}

export async function restoreVersion(input: { zapId: string; versionId: string }): Promise<ZapOperationResult<{ number: number }>> {
  const user = await requireUser();
  const parsed = restoreZapVersionInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  return restoreZapVersion({ userId: user.id, ...parsed.data });
}
