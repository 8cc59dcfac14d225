// Inputs and results shared by the Zaps page's operations (toggle, rename, duplicate, delete, restore).
import { z } from "zod";
import { zapNameSchema } from "@/lib/zaps/save-zap-draft";
import { zapIdSchema } from "@/lib/zaps/schema";

// What the operations answer for a zap that is not the caller's, as the zap id's own check does.
export { ZAP_NOT_FOUND } from "@/lib/zaps/schema";

export const setZapEnabledInputSchema = z.object({ zapId: zapIdSchema, enabled: z.boolean() });
export const renameZapInputSchema = z.object({ zapId: zapIdSchema, name: zapNameSchema });
export const zapOperationInputSchema = z.object({ zapId: zapIdSchema });
export const restoreZapVersionInputSchema = z.object({ zapId: zapIdSchema, versionId: z.uuid("Choose a version of this zap.") });

export type ZapOperationResult<T = object> = ({ ok: true } & T) | { ok: false; message: string };
