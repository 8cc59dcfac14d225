// Inputs and results shared by the Zaps page's operations (toggle, rename, duplicate, delete, restore).
import { z } from "zod";
import { zapNameSchema } from "@/lib/zaps/save-zap-draft";

export const ZAP_NOT_FOUND = "This zap does not exist any more, or it belongs to another account. Reload the page.";

export const zapIdSchema = z.uuid(ZAP_NOT_FOUND);

export const setZapEnabledInputSchema = z.object({ zapId: zapIdSchema, enabled: z.boolean() });
export const renameZapInputSchema = z.object({ zapId: zapIdSchema, name: zapNameSchema });
export const zapOperationInputSchema = z.object({ zapId: zapIdSchema });
export const restoreZapVersionInputSchema = z.object({ zapId: zapIdSchema, versionId: z.uuid("Choose a version of this zap.") });

export type ZapOperationResult<T = object> = ({ ok: true } & T) | { ok: false; message: string };
