import type { Translate } from "@/lib/i18n/translator";
import type { StepRunResult } from "@/lib/runs/run-step";
import type { StepConfig } from "@/lib/zaps/schema";

/** Why a step failed in a builder test, and what to change in the builder. */
export function stepTestFailureMessage({
  result,
  step,
  appName,
  t,
}: {
  result: Extract<StepRunResult, { ok: false }>;
  step: StepConfig;
  appName: string;
  t: Translate;
}): string {
  switch (result.reason) {
    case "unknown_step":
      return t("builder.failure.stepGone", { key: step.key });
    case "invalid_inputs":
      return t("builder.failure.invalidInputs", { problems: result.problems.join(" ") });
    case "no_connection":
      return step.connectionId ? t("builder.failure.connectionGone", { app: appName }) : t("builder.failure.chooseConnection", { app: appName });
    case "wrong_connection":
      return t("builder.failure.wrongConnection", { app: appName });
    case "not_called":
      // A builder test passes no beforeCall, so it is always called; the run executor holds calls back.
      return t("builder.failure.notCalled");
    case "vendor":
      return result.failure.message;
  }
}
