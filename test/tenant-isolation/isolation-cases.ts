// The tenant isolation table: every entry point that takes the id of a record, called by one account
// (the caller) with the ids of another's (the target), and what the caller must get back. Adding an
// entry point is one line here; test/tenant-isolation/tenant-isolation.test.ts runs each line, checks
// that neither account's rows changed, and fails when an entry point is in neither this table nor
// `exemptEntryPoints`.
//
// | entry point                                         | ids it takes                 | the caller gets          |
// |-----------------------------------------------------|------------------------------|--------------------------|
// | zaps/actions.ts setEnabled rename duplicate remove  | zapId                        | ZAP_NOT_FOUND            |
// | zaps/actions.ts restoreVersion                      | zapId, versionId             | "does not exist"         |
// | zaps/[id]/actions.ts saveDraft publish discardDraft | zapId                        | "does not exist"         |
// |   saveDraft create (a new zap's first save)         | zapId (drawn by the builder) | "does not exist"         |
// |   loadSamples chooseSample sendTestEvent testStep   | zapId (+ sampleId / stepId)  | "does not exist"         |
// |   loadSampleEvent testWholeZap                      | zapId                        | "does not exist"         |
// | a caller's draft naming another's connections       | connectionId inside the draft| "Choose a … connection"  |
// | runs/actions.ts replay replayAllFailed resolveStep  | runId / zapId                | RUN_NOT_FOUND / not found|
// | connections/actions.ts replaceKey saveSigningSecret | connectionId                 | CONNECTION_NOT_FOUND     |
// |   deleteConnection editCustomerio moveZaps          |                              |                          |
// | GET /api/runs/[id]                                  | run id                       | 404                      |
// | GET /api/runs?zapId=                                | zap id filter                | 200, no runs             |
// | GET /api/zaps, GET /api/notifications/failed-runs   | none (lists, counts)         | only the caller's        |
// | POST /api/notifications/failed-runs/seen            | none                         | only the caller's mark   |
// | GET /api/notifications/zaps/[id], POST …/dismiss    | zap id                       | 404                      |
// | POST /api/webhooks/stripe/[connectionId]            | connection id                | 400, nothing stored      |
// | pages /zaps/[id], /zaps/[id]/versions, /runs/[id]   | id                           | not-found page (404)     |
// | account/actions.ts signOutSession                   | sessionId                    | "not found"              |
// | account/actions.ts signOutOtherSessions             | none                         | only the caller's        |
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import Stripe from "stripe";
import * as accountActions from "@/app/(dashboard)/account/actions";
import * as connectionActions from "@/app/(dashboard)/connections/actions";
import * as intakeActions from "@/app/(dashboard)/connections/intake-actions";
import * as runActions from "@/app/(dashboard)/runs/actions";
import * as importActions from "@/app/(dashboard)/zaps/[id]/import/actions";
import ImportPastEventsPage from "@/app/(dashboard)/zaps/[id]/import/page";
import * as builderActions from "@/app/(dashboard)/zaps/[id]/actions";
import ZapBuilderPage from "@/app/(dashboard)/zaps/[id]/page";
import ZapVersionsPage from "@/app/(dashboard)/zaps/[id]/versions/page";
import * as zapActions from "@/app/(dashboard)/zaps/actions";
import RunPage from "@/app/(dashboard)/runs/[id]/page";
import { GET as importRoute } from "@/app/api/imports/[id]/route";
import { GET as failedRunsRoute } from "@/app/api/notifications/failed-runs/route";
import { POST as runsSeenRoute } from "@/app/api/notifications/failed-runs/seen/route";
import { POST as dismissRoute } from "@/app/api/notifications/zaps/[id]/dismiss/route";
import { GET as zapBannerRoute } from "@/app/api/notifications/zaps/[id]/route";
import { GET as runRoute } from "@/app/api/runs/[id]/route";
import { GET as runsRoute } from "@/app/api/runs/route";
import { POST as webhookRoute } from "@/app/api/webhooks/stripe/[connectionId]/route";
import { GET as zapsRoute } from "@/app/api/zaps/route";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { CONNECTION_NOT_FOUND } from "@/lib/connections/schema";
import { IMPORT_ZAP_NOT_FOUND } from "@/lib/catalog/stripe/import/load-stripe-import-target";
import { IMPORT_NOT_FOUND } from "@/lib/catalog/stripe/import/schema";
import { RUN_NOT_FOUND } from "@/lib/runs/schema";
import type { TenantRecords } from "@/test/tenant-isolation/create-tenant-records";
import { ZAP_NOT_FOUND } from "@/lib/zaps/zap-operation-schema";

export interface IsolationContext {
  /** The signed-in account making the call. */
  caller: TenantRecords;
  /** The account whose ids the call names. */
  target: TenantRecords;
  /** A zap of the caller's whose draft is a template filled in with the target's connection ids. */
  crossZapId: string;
}

export interface IsolationCase {
  name: string;
  /** The entry point, as listEntryPoints names it. */
  entry: string;
  call: (context: IsolationContext) => Promise<unknown>;
  /** What the caller gets back. */
  expected: unknown;
  /** "caller": the call may change the caller's own rows (it creates or marks something of theirs). */
  mayChange?: "caller";
  /**
   * Whether the owner, calling it on their own records, gets something else than `expected` (so the
   * answer above comes from the ownership check, not from a broken call). False for lists and for
   * calls that name the caller's own zap.
   */
  control?: boolean;
}

/** Entry points that take no id of an existing record, and why they are safe to leave out. */
export const exemptEntryPoints: Record<string, string> = {
  "app/(auth)/actions.ts#signUpAction": "creates a new account; no session, no record id",
  "app/(auth)/password-reset-actions.ts#requestPasswordResetAction":
    "asks for a reset link by email address, answered the same whether or not an account has it; no record id",
  "app/(auth)/password-reset-actions.ts#resetPasswordAction":
    "takes a single-use secret token from the emailed link, not a record id (lib/auth/password-reset/password-reset.test.ts)",
  "app/(auth)/actions.ts#chooseLanguageAction": "sets this browser's language cookie; no session, no record id",
  "app/(dashboard)/account/actions.ts#setLanguageAction": "saves the caller's own language; no record id",
  "app/(dashboard)/account/actions.ts#setTimeZoneAction": "saves the caller's own time zone; no record id",
  "app/(dashboard)/account/actions.ts#changePasswordAction": "changes the caller's own password, checked against the current one; no record id",
  "app/(dashboard)/connections/actions.ts#connect": "creates a connection of any app for the caller from pasted keys; no record id",
  "app/api/auth/[...nextauth]/route.ts#GET": "next-auth's sign-in and session endpoints; no record id",
  "app/api/auth/[...nextauth]/route.ts#POST": "next-auth's sign-in and sign-out endpoints; no record id",
  "app/api/health/route.ts#GET": "answers whether PostgreSQL and Redis are up; no user data",
  "app/(dashboard)/demo/actions.ts#makeDemoStripeEvent":
    "demo mode only: makes an event in the demo's stand-in shop, for one of its customers (cus_…), not a user's record",
  "app/(dashboard)/demo/actions.ts#connectDemoStripeAccount": "demo mode only: creates a connection for the caller with the demo's fixed key; no record id",
  "app/(dashboard)/demo/actions.ts#connectDemoCustomerioWorkspace":
    "demo mode only: creates a connection for the caller with the demo's fixed keys; no record id",
  "app/api/demo/customerio/route.ts#GET": "demo mode only: what the demo's one stand-in workspace received, shared by every demo user by design; no record id",
  "app/api/demo/stripe-events/route.ts#GET":
    "demo mode only: the demo shop's events, their deliveries filtered to the caller's connections (lib/demo/demo-mode.test.ts); no record id",
};

const notFound = { ok: false, message: expect.stringMatching(/does not exist|no longer exists/) };
const ZAP_404 = { status: 404, body: { error: "This zap does not exist, or it belongs to another account." } };
const PAGE_404 = { status: 404 };

/** A route's answer as plain data. */
async function answer(response: Response): Promise<{ status: number; body: unknown }> {
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const get = (url: string) => new Request(`http://conduit.test${url}`);
const post = (url: string) => new Request(`http://conduit.test${url}`, { method: "POST" });

/** A dynamic page rendered on the server: 404 when it calls notFound(). */
async function render(page: (props: { params: Promise<{ id: string }> }) => Promise<unknown>, id: string): Promise<{ status: number }> {
  try {
    await page(params({ id }));
    return { status: 200 };
  } catch (error) {
    if ((error as { digest?: unknown }).digest === "NEXT_HTTP_ERROR_FALLBACK;404") return PAGE_404;
    throw error;
  }
}

/** A Stripe event as Stripe posts it, signed with `secret`, to the webhook URL of `connectionId`. */
export async function postEvent({ connectionId, secret }: { connectionId: string; secret: string }) {
  const payload = JSON.stringify({
    ...subscriptionDeleted,
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    created: Math.floor(Date.now() / 1000),
  });
  const request = new Request(`http://conduit.test/api/webhooks/stripe/${connectionId}`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }) },
    body: payload,
  });
  return answer(await webhookRoute(request, params({ connectionId })));
}

const ZAPS = "app/(dashboard)/zaps/actions.ts";
const BUILDER = "app/(dashboard)/zaps/[id]/actions.ts";
const RUNS = "app/(dashboard)/runs/actions.ts";
const CONNECTIONS = "app/(dashboard)/connections/actions.ts";
const ACCOUNT = "app/(dashboard)/account/actions.ts";

export const isolationCases: IsolationCase[] = [
  // Zaps page
  {
    name: "turn off",
    entry: `${ZAPS}#setEnabled`,
    call: ({ target }) => zapActions.setEnabled({ zapId: target.zapId, enabled: false }),
    expected: { ok: false, message: ZAP_NOT_FOUND },
  },
  {
    name: "rename",
    entry: `${ZAPS}#rename`,
    call: ({ target }) => zapActions.rename({ zapId: target.zapId, name: "Taken over" }),
    expected: { ok: false, message: ZAP_NOT_FOUND },
  },
  {
    name: "duplicate",
    entry: `${ZAPS}#duplicate`,
    call: ({ target }) => zapActions.duplicate({ zapId: target.zapId }),
    expected: { ok: false, message: ZAP_NOT_FOUND },
  },
  {
    name: "delete zap",
    entry: `${ZAPS}#remove`,
    call: ({ target }) => zapActions.remove({ zapId: target.zapId }),
    expected: { ok: false, message: ZAP_NOT_FOUND },
  },
  {
    name: "restore version",
    entry: `${ZAPS}#restoreVersion`,
    call: ({ target }) => zapActions.restoreVersion({ zapId: target.zapId, versionId: target.versionIds[0] ?? "" }),
    expected: notFound,
  },
  {
    name: "restore another account's version into one's own zap",
    entry: `${ZAPS}#restoreVersion`,
    call: ({ caller, target }) => zapActions.restoreVersion({ zapId: caller.zapId, versionId: target.versionIds[0] ?? "" }),
    expected: notFound,
    control: false,
  },

  // Builder
  {
    name: "save draft",
    entry: `${BUILDER}#saveDraft`,
    call: ({ target }) => builderActions.saveDraft({ zapId: target.zapId, name: "Taken over", definition: { trigger: null, filter: null, steps: [] } }),
    expected: notFound,
  },
  {
    name: "publish",
    entry: `${BUILDER}#publish`,
    call: ({ target }) => builderActions.publish({ zapId: target.zapId }),
    expected: { ok: false, problems: [{ where: "zap", message: expect.stringMatching(/does not exist/) }] },
  },
  { name: "discard draft", entry: `${BUILDER}#discardDraft`, call: ({ target }) => builderActions.discardDraft({ zapId: target.zapId }), expected: notFound },
  { name: "load samples", entry: `${BUILDER}#loadSamples`, call: ({ target }) => builderActions.loadSamples({ zapId: target.zapId }), expected: notFound },
  {
    name: "load the whole sample event",
    entry: `${BUILDER}#loadSampleEvent`,
    call: ({ target }) => builderActions.loadSampleEvent({ zapId: target.zapId }),
    expected: notFound,
  },
  {
    name: "choose sample",
    entry: `${BUILDER}#chooseSample`,
    call: ({ target }) => builderActions.chooseSample({ zapId: target.zapId, sampleId: "catalog" }),
    expected: notFound,
  },
  {
    name: "send test event",
    entry: `${BUILDER}#sendTestEvent`,
    call: ({ target }) => builderActions.sendTestEvent({ zapId: target.zapId }),
    expected: notFound,
  },
  {
    name: "test step",
    entry: `${BUILDER}#testStep`,
    call: ({ target }) => builderActions.testStep({ zapId: target.zapId, stepId: "person", mode: "dry_run" }),
    expected: notFound,
  },
  {
    name: "test the whole zap",
    entry: `${BUILDER}#testWholeZap`,
    call: ({ target }) => builderActions.testWholeZap({ zapId: target.zapId, send: true }),
    expected: notFound,
  },
  {
    // A new zap's first save inserts under the id the builder drew; an id another account's zap has must not reach that zap.
    name: "first save of a new zap under another account's zap id",
    entry: `${BUILDER}#saveDraft`,
    call: ({ target }) =>
      builderActions.saveDraft({ zapId: target.zapId, name: "Taken over", definition: { trigger: null, filter: null, steps: [] }, create: true }),
    expected: notFound,
  },
  // The caller's own zap, whose draft names the target's connections: none of them is ever used.
  {
    name: "publish a draft naming another account's connections",
    entry: `${BUILDER}#publish`,
    call: ({ crossZapId }) => builderActions.publish({ zapId: crossZapId }),
    expected: {
      ok: false,
      problems: expect.arrayContaining([
        { where: "trigger", message: "Choose a Stripe connection." },
        { where: "person", message: "Choose a Customer.io connection." },
      ]),
    },
    control: false,
  },
  {
    name: "test a step with another account's connection",
    entry: `${BUILDER}#testStep`,
    call: ({ crossZapId }) => builderActions.testStep({ zapId: crossZapId, stepId: "person", mode: "dry_run" }),
    expected: expect.objectContaining({ ok: false, message: "The step's Customer.io connection no longer exists: choose another." }),
    control: false,
  },
  {
    name: "send a test event through another account's connection",
    entry: `${BUILDER}#sendTestEvent`,
    call: ({ crossZapId }) => builderActions.sendTestEvent({ zapId: crossZapId }),
    expected: { ok: false, message: "The trigger's Stripe connection no longer exists: choose another one." },
    control: false,
  },
  {
    name: "load samples from another account's Stripe",
    entry: `${BUILDER}#loadSamples`,
    call: ({ crossZapId }) => builderActions.loadSamples({ zapId: crossZapId }),
    expected: {
      ok: true,
      samples: [expect.objectContaining({ source: "catalog" })],
      warning: expect.stringContaining("The trigger's Stripe connection no longer exists"),
    },
    control: false,
  },
  {
    name: "choose a sample from another account's Stripe",
    entry: `${BUILDER}#chooseSample`,
    call: ({ crossZapId }) => builderActions.chooseSample({ zapId: crossZapId, sampleId: "evt_1NG8Du2eZvKYlo2CUI79vXWy" }),
    expected: { ok: false, message: "The trigger's Stripe connection no longer exists: choose another one." },
    control: false,
  },

  // Runs
  {
    name: "replay run",
    entry: `${RUNS}#replay`,
    call: ({ target }) => runActions.replay({ runId: target.failedRunId, mode: "from_failed_step" }),
    expected: { ok: false, message: RUN_NOT_FOUND },
  },
  {
    name: "resolve a step whose outcome is unknown",
    entry: `${RUNS}#resolveStep`,
    call: ({ target }) => runActions.resolveStep({ runId: target.failedRunId, stepIndex: 0, decision: "send_again" }),
    expected: { ok: false, message: RUN_NOT_FOUND },
  },
  {
    name: "replay failed runs",
    entry: `${RUNS}#replayAllFailed`,
    call: ({ target }) => runActions.replayAllFailed({ zapId: target.zapId, mode: "current_version" }),
    expected: notFound,
  },

  // Import past events
  {
    name: "import past events",
    entry: "app/(dashboard)/zaps/[id]/import/actions.ts#startImport",
    call: ({ target }) =>
      importActions.startImport({ zapId: target.zapId, from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString() }),
    expected: { ok: false, message: IMPORT_ZAP_NOT_FOUND },
  },
  {
    name: "confirm an import",
    entry: "app/(dashboard)/zaps/[id]/import/actions.ts#confirmImport",
    call: ({ target }) => importActions.confirmImport({ importId: target.importId }),
    expected: { ok: false, message: IMPORT_NOT_FOUND },
  },
  {
    name: "GET import",
    entry: "app/api/imports/[id]/route.ts#GET",
    call: async ({ target }) => answer(await importRoute(get(`/api/imports/${target.importId}`), params({ id: target.importId }))),
    expected: { status: 404, body: { error: IMPORT_NOT_FOUND } },
  },
  {
    name: "import page",
    entry: "app/(dashboard)/zaps/[id]/import/page.tsx",
    call: ({ target }) => render(ImportPastEventsPage, target.zapId),
    expected: PAGE_404,
  },

  // Connections
  {
    name: "choose how events arrive",
    entry: "app/(dashboard)/connections/intake-actions.ts#setIntakeMode",
    call: ({ target }) => intakeActions.setIntakeMode({ connectionId: target.stripeId, choice: "sync" }),
    expected: { ok: false, message: CONNECTION_NOT_FOUND },
  },
  {
    name: "replace key",
    entry: `${CONNECTIONS}#replaceKey`,
    call: ({ target }) => connectionActions.replaceKey({ connectionId: target.stripeId, secretKey: "sk_test_51TakeOverTakeOverTakeOver00" }),
    expected: { ok: false, fieldErrors: { connectionId: CONNECTION_NOT_FOUND } },
  },
  {
    name: "save signing secret",
    entry: `${CONNECTIONS}#saveSigningSecret`,
    call: ({ target }) => connectionActions.saveSigningSecret({ connectionId: target.stripeId, signingSecret: "whsec_TakeOverTakeOverTakeOver" }),
    expected: { ok: false, fieldErrors: { connectionId: CONNECTION_NOT_FOUND } },
  },
  {
    name: "delete connection",
    entry: `${CONNECTIONS}#deleteConnection`,
    call: ({ target }) => connectionActions.deleteConnection({ connectionId: target.customerioId }),
    expected: { ok: false, message: CONNECTION_NOT_FOUND },
  },
  {
    name: "edit a Customer.io connection",
    entry: `${CONNECTIONS}#editCustomerio`,
    call: ({ target }) =>
      connectionActions.editCustomerio({
        connectionId: target.customerioId,
        siteId: "taken-over-site",
        region: "us",
        trackApiKey: "TakeOverTakeOver0001",
        appApiKey: "",
        removeAppApiKey: false,
      }),
    expected: { ok: false, fieldErrors: { connectionId: CONNECTION_NOT_FOUND } },
  },
  {
    name: "move zaps to a connection",
    entry: `${CONNECTIONS}#moveZaps`,
    call: ({ target }) => connectionActions.moveZaps({ connectionId: target.customerioId }),
    expected: { ok: false, message: CONNECTION_NOT_FOUND },
  },

  // API routes
  {
    name: "GET run",
    entry: "app/api/runs/[id]/route.ts#GET",
    call: async ({ target }) => answer(await runRoute(get(`/api/runs/${target.failedRunId}`), params({ id: target.failedRunId }))),
    expected: { status: 404, body: { error: RUN_NOT_FOUND } },
  },
  {
    name: "GET runs of a zap",
    entry: "app/api/runs/route.ts#GET",
    call: async ({ target }) => answer(await runsRoute(get(`/api/runs?zapId=${target.zapId}`))),
    expected: { status: 200, body: { runs: [], nextCursor: null } },
  },
  {
    name: "GET zaps",
    entry: "app/api/zaps/route.ts#GET",
    call: async ({ target }) => {
      const { status, body } = await answer(await zapsRoute());
      return { status, listsTarget: (body as { id: string }[]).some((zap) => zap.id === target.zapId) };
    },
    expected: { status: 200, listsTarget: false },
  },
  {
    name: "GET zap failure banner",
    entry: "app/api/notifications/zaps/[id]/route.ts#GET",
    call: async ({ target }) => answer(await zapBannerRoute(get(`/api/notifications/zaps/${target.zapId}`), params({ id: target.zapId }))),
    expected: ZAP_404,
  },
  {
    name: "dismiss zap failure banner",
    entry: "app/api/notifications/zaps/[id]/dismiss/route.ts#POST",
    call: async ({ target }) => answer(await dismissRoute(post(`/api/notifications/zaps/${target.zapId}/dismiss`), params({ id: target.zapId }))),
    expected: ZAP_404,
  },
  // The caller's one failed run, not the target's too.
  {
    name: "GET failed runs badge",
    entry: "app/api/notifications/failed-runs/route.ts#GET",
    call: async () => answer(await failedRunsRoute()),
    expected: { status: 200, body: { count: 1 } },
    control: false,
  },
  {
    name: "event signed with one's own secret, posted to another account's webhook URL",
    entry: "app/api/webhooks/stripe/[connectionId]/route.ts#POST",
    call: ({ caller, target }) => postEvent({ connectionId: target.stripeId, secret: caller.signingSecret }),
    expected: { status: 400, body: { error: "The Stripe-Signature does not match this endpoint's signing secret." } },
  },

  // Pages
  { name: "zap builder page", entry: "app/(dashboard)/zaps/[id]/page.tsx", call: ({ target }) => render(ZapBuilderPage, target.zapId), expected: PAGE_404 },
  {
    name: "version history page",
    entry: "app/(dashboard)/zaps/[id]/versions/page.tsx",
    call: ({ target }) => render(ZapVersionsPage, target.zapId),
    expected: PAGE_404,
  },
  { name: "run page", entry: "app/(dashboard)/runs/[id]/page.tsx", call: ({ target }) => render(RunPage, target.failedRunId), expected: PAGE_404 },

  // Account
  {
    name: "sign out a session",
    entry: `${ACCOUNT}#signOutSession`,
    call: ({ target }) => accountActions.signOutSession({ sessionId: target.otherSessionId }),
    expected: { ok: false, message: expect.stringMatching(/not found/) },
  },
  {
    name: "sign out everywhere else",
    entry: `${ACCOUNT}#signOutOtherSessions`,
    call: () => accountActions.signOutOtherSessions(),
    expected: { count: 1 },
    mayChange: "caller",
    control: false,
  },

  // Last: it marks the caller's run history as seen, which empties the caller's badge above.
  {
    name: "mark runs seen",
    entry: "app/api/notifications/failed-runs/seen/route.ts#POST",
    call: async () => answer(await runsSeenRoute()),
    expected: { status: 204, body: null },
    mayChange: "caller",
    control: false,
  },
];
