import { catalogText } from "@/lib/catalog/catalog-text";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { storedErrorText } from "@/lib/i18n/user-message";
import type { SentRequest } from "@/lib/http/sent-request";
import { attemptCalls } from "@/lib/runs/attempt-calls";
import { localizeFilterOutput } from "@/lib/runs/localize-filter-output";
import { replayRefusal } from "@/lib/runs/replay-refusal";
import { requeueStrandedRun } from "@/lib/runs/requeue-stranded-run";
import { runWaiting } from "@/lib/runs/run-waiting";
import type { JsonValue } from "@/lib/json-value";
import type { RunDetail, RunLink } from "@/lib/runs/schema";
import { stepNumber } from "@/lib/zaps/step-number";

const link = (run: { id: string; status: RunLink["status"]; createdAt: Date }): RunLink => ({
  id: run.id,
  status: run.status,
  createdAt: run.createdAt.toISOString(),
});

/** One of the user's runs with its zap, Stripe event, steps (named in `locale`) and replays; null when it is not theirs. */
export async function getRun({ userId, runId, locale = DEFAULT_LOCALE }: { userId: string; runId: string; locale?: Locale }): Promise<RunDetail | null> {
  const run = await db.run.findFirst({
    where: { id: runId, zap: { userId } },
    include: {
      zap: { select: { id: true, name: true, publishedVersion: { select: { number: true } } } },
      zapVersion: { select: { number: true } },
      event: { select: { stripeEventId: true, type: true, livemode: true, receivedAt: true, payload: true } },
      steps: { orderBy: { stepIndex: "asc" } },
      replayOf: { select: { id: true, status: true, createdAt: true } },
      replays: { select: { id: true, status: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      attemptLog: { orderBy: { number: "asc" }, take: 100 },
    },
  });
  if (!run) return null;
  // A run waiting for its owner with no step whose outcome is unknown would show nothing to decide: it goes on.
  if (run.status === "NEEDS_ATTENTION" && !run.steps.some((step) => step.status === "UNKNOWN") && (await requeueStrandedRun({ userId, runId })))
    return getRun({ userId, runId, locale });
  const waitingOn = run.waitingOnConnectionId ? await db.connection.findUnique({ where: { id: run.waitingOnConnectionId }, select: { app: true } }) : null;
  const hasPublishedVersion = run.zap.publishedVersion !== null;
  const hasUnsettledStep = run.steps.some((step) => step.status === "RUNNING" || step.status === "UNKNOWN");
  const [apps, t, catalog] = await Promise.all([localizedApps({ locale }), translator({ locale }), catalogText({ locale })]);
  const entries = new Map(run.steps.map((step) => [step.stepIndex, findCatalogEntry({ appKey: step.app, key: step.action, apps })]));
  const calls = attemptCalls({
    t,
    catalog,
    steps: run.steps.map((step) => ({
      stepIndex: step.stepIndex,
      actionName: entries.get(step.stepIndex)?.definition.name ?? step.action,
      history: step.history,
    })),
  });
  const logged = new Set(run.attemptLog.map((attempt) => attempt.number));
  // An attempt whose worker died mid-call logged nothing itself; its steps' histories still show it.
  const interrupted = [...calls.entries()]
    .filter(([number]) => !logged.has(number))
    .map(([number, list]) => ({ number, startedAt: list[0]?.startedAt ?? run.createdAt.toISOString(), outcome: "interrupted", calls: list }));
  return {
    id: run.id,
    status: run.status,
    isTest: run.isTest,
    isImported: run.isImported,
    attempts: run.attempts,
    error: storedErrorText({ error: run.error, errorMessage: run.errorMessage, t, catalog }),
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.startedAt && run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
    waiting: runWaiting({
      status: run.status,
      attempts: run.attempts - run.retryWindowAttempts,
      nextAttemptAt: run.nextAttemptAt,
      waitingOnApp: waitingOn?.app,
    }),
    zap: {
      id: run.zap.id,
      name: run.zap.name,
      versionNumber: run.zapVersion?.number ?? null,
      publishedVersionNumber: run.zap.publishedVersion?.number ?? null,
    },
    event: {
      stripeEventId: run.event.stripeEventId,
      type: run.event.type,
      livemode: run.event.livemode,
      receivedAt: run.event.receivedAt.toISOString(),
      payload: run.event.payload as JsonValue,
    },
    steps: run.steps.map((step) => {
      const entry = entries.get(step.stepIndex);
      return {
        stepIndex: step.stepIndex,
        app: step.app,
        action: step.action,
        // A filter step (lib/runs/record-filter-step.ts) is no catalog entry.
        appName: entry?.app.name ?? (step.app === "filter" ? t("runs.step.filterApp") : step.app),
        actionName: entry?.definition.name ?? (step.app === "filter" ? t("runs.step.filterName") : step.action),
        input: (step.input ?? null) as JsonValue | null,
        requests: Array.isArray(step.request) ? (step.request as unknown as SentRequest[]) : [],
        output:
          step.app === "filter"
            ? localizeFilterOutput({ output: (step.output ?? null) as JsonValue | null, t, catalog })
            : ((step.output ?? null) as JsonValue | null),
        status: step.status,
        error: storedErrorText({ error: step.error, errorMessage: step.errorMessage, t, catalog }),
        durationMs: step.durationMs,
        startedAt: step.startedAt.toISOString(),
        // A replay from the failed step copies the steps that succeeded, with their original timings.
        carriedOver: run.replayOfId !== null && step.startedAt < run.createdAt,
        confirmedAt: step.confirmedAt?.toISOString() ?? null,
        effect: entry?.kind === "trigger" ? null : (entry?.definition.effect ?? null),
      };
    }),
    replayOf: run.replayOf ? link(run.replayOf) : null,
    replays: run.replays.map(link),
    canReplay: {
      fromFailedStep: replayRefusal({ status: run.status, mode: "from_failed_step", hasPublishedVersion, hasUnsettledStep }) === null,
      currentVersion: replayRefusal({ status: run.status, mode: "current_version", hasPublishedVersion, hasUnsettledStep }) === null,
    },
    attemptLog: [
      ...run.attemptLog.map((attempt) => ({
        number: attempt.number,
        startedAt: attempt.startedAt.toISOString(),
        finishedAt: attempt.finishedAt.toISOString(),
        outcome: attempt.outcome,
        stepNumber: attempt.stepIndex === null ? null : stepNumber({ index: attempt.stepIndex }),
        error: storedErrorText({ error: attempt.error, errorMessage: attempt.errorMessage, t, catalog }),
        retryAfterMs: attempt.retryAfterMs,
        calls: calls.get(attempt.number) ?? [],
      })),
      ...interrupted.map((attempt) => ({
        ...attempt,
        finishedAt: attempt.startedAt,
        stepNumber: attempt.calls[0]?.stepNumber ?? null,
        error: null,
        retryAfterMs: null,
      })),
    ].sort((a, b) => a.number - b.number),
  };
}
