// Why a /zaps/new link cannot start a zap, as a code and its values, worded in the viewer's language
// by the page (builder.starterProblems.*).
import type { Translate } from "@/lib/i18n/translator";

/** Each code's message key, spelled out so that the messages test finds every use. */
const MESSAGE_KEYS = {
  templateNotFound: "builder.starterProblems.templateNotFound",
  templateAndParts: "builder.starterProblems.templateAndParts",
  triggerNotFound: "builder.starterProblems.triggerNotFound",
  notAStep: "builder.starterProblems.notAStep",
  appNotFound: "builder.starterProblems.appNotFound",
  stepNotFound: "builder.starterProblems.stepNotFound",
  triggerNotStep: "builder.starterProblems.triggerNotStep",
} as const;

export interface StarterProblem {
  code: keyof typeof MESSAGE_KEYS;
  values?: Record<string, string>;
}

export function starterProblemText({ t, problem }: { t: Translate; problem: StarterProblem }): string {
  return (t as unknown as (key: string, values?: Record<string, string>) => string)(MESSAGE_KEYS[problem.code], problem.values);
}
