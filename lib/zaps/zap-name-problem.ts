import type { z } from "zod";
import type { Translate } from "@/lib/i18n/translator";

/** The longest zap name, in characters. */
export const ZAP_NAME_MAX = 120;

/** What is wrong with the zap's name in a parse of { name, ... }, in the user's language; null when the name is fine. */
export function zapNameProblem({ error, t }: { error: z.ZodError; t: Translate }): string | null {
  const issue = error.issues.find((candidate) => candidate.path[0] === "name");
  if (!issue) return null;
  return issue.code === "too_big" ? t("zaps.name.tooLong", { max: ZAP_NAME_MAX }) : t("zaps.name.required");
}
