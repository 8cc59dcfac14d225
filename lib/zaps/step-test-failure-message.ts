import type { StepRunResult } from "@/lib/runs/run-step";
import type { StepConfig } from "@/lib/zaps/schema";

/** Why a step failed in a builder test, and what to change in the builder. */
export function stepTestFailureMessage({
  result,
  step,
  appName,
}: {
  result: Extract<StepRunResult, { ok: false }>;
  step: StepConfig;
  appName: string;
}): string {
  switch (result.reason) {
    case "unknown_step":
      return `The step "${step.key}" no longer exists in Conduit: choose another action.`;
    case "invalid_inputs":
      return `With the sample data, this step's fields are not valid. ${result.problems.join(" ")}`;
    case "no_connection":
      return step.connectionId ? `The step's ${appName} connection no longer exists: choose another.` : `Choose a ${appName} connection for this step first.`;
    case "wrong_connection":
      return `The step's connection is not a ${appName} connection: choose another.`;
    case "not_called":
      // A builder test passes no beforeCall, so it is always called; the run executor holds calls back.
      return "The step was not called.";
    case "vendor":
      return result.failure.message;
  }
}
