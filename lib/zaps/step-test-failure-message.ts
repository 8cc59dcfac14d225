import type { CatalogText } from "@/lib/catalog/catalog-text";
import type { Translate } from "@/lib/i18n/translator";
import { userMessageText } from "@/lib/i18n/user-message";
import type { StepRunResult } from "@/lib/runs/run-step";
import type { StepConfig } from "@/lib/zaps/schema";

/** Why a step failed in a builder test, and what to change in the builder. */
export function stepTestFailureMessage({
  result,
  step,
  appName,
  t,
  catalog,
}: {
  result: Extract<StepRunResult, { ok: false }>;
  step: StepConfig;
  appName: string;
  t: Translate;
  /** The catalog's words (field labels) in `t`'s language. */
  catalog?: CatalogText;
}): string {
  switch (result.reason) {
    case "unknown_step":
      return t("builder.failure.stepGone", { key: step.key });
    case "invalid_inputs":
      return t("builder.failure.invalidInputs", { problems: result.problems.map((message) => userMessageText({ message, t, catalog })).join(" ") });
    case "no_connection":
      return step.connectionId ? t("builder.failure.connectionGone", { app: appName }) : t("builder.failure.chooseConnection", { app: appName });
    case "wrong_connection":
      return t("builder.failure.wrongConnection", { app: appName });
    case "not_called":
      // A builder test passes no beforeCall, so it is always called; the run executor holds calls back.
      return t("builder.failure.notCalled");
    case "vendor":
      // The vendor's failure in the viewer's language when it has a message key (StepFailure.userMessage).
      return result.failure.userMessage ? userMessageText({ message: result.failure.userMessage, t, catalog }) : result.failure.message;
  }
}
