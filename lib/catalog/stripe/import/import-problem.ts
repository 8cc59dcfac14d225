// Why an import cannot go ahead, as a code and its values. The lib functions answer in English (for
// logs and the error an import stores); the import page and its actions word the same problem in the
// viewer's language from the messages files (imports.errors.*).
import { translator, type Translate } from "@/lib/i18n/translator";
import { said, type UserMessage } from "@/lib/i18n/user-message";

/** Each code's message key, spelled out so that the messages test finds every use. */
const MESSAGE_KEYS = {
  notPublished: "imports.errors.notPublished",
  notStripeTrigger: "imports.errors.notStripeTrigger",
  connectionGone: "imports.errors.connectionGone",
  endBeforeStart: "imports.errors.endBeforeStart",
  tooOld: "imports.errors.tooOld",
  inFuture: "imports.errors.inFuture",
  earlierConnection: "imports.errors.earlierConnection",
  busy: "imports.errors.busy",
  notWaiting: "imports.errors.notWaiting",
} as const;

export interface ImportProblem {
  code: keyof typeof MESSAGE_KEYS;
  values?: Record<string, string>;
}

export type ImportRefusal = { ok: false; message: string; problem: ImportProblem };

export function importProblemText({ t, problem }: { t: Translate; problem: ImportProblem }): string {
  return (t as unknown as (key: string, values?: Record<string, string>) => string)(MESSAGE_KEYS[problem.code], problem.values);
}

/** The problem as a message, for a failed import to store beside its English (StripeEventImport.errorMessage). */
export function importProblemMessage(problem: ImportProblem): UserMessage {
  return said(MESSAGE_KEYS[problem.code], problem.values);
}

/** The refusal a lib function returns: the problem, and its English wording. */
export async function refuseImport(problem: ImportProblem): Promise<ImportRefusal> {
  return { ok: false, message: importProblemText({ t: await translator(), problem }), problem };
}

/** A time in an import problem: "2026-11-02 14:05" (UTC; the message says so). */
export const problemTime = (time: Date) => time.toISOString().slice(0, 16).replace("T", " ");
