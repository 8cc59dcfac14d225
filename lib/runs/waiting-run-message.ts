/** What a run waiting for an unavailable connection says while it waits. */
export function waitingRunMessage({ step, appName, lastError }: { step: number; appName: string; lastError?: string }): string {
  const why = lastError ? ` (${lastError.replace(/\.$/, "")})` : "";
  return `Step ${step} is waiting for ${appName}, which is not answering${why}. It runs once ${appName} answers again; waiting uses no attempts.`;
}
