"use server";

// The zap builder's server actions: check the session, validate with zod, call lib/.
import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { chooseZapSample } from "@/lib/zaps/choose-zap-sample";
import { discardZapDraft } from "@/lib/zaps/discard-zap-draft";
import { loadTriggerSamples } from "@/lib/zaps/load-trigger-samples";
import { publishZap } from "@/lib/zaps/publish-zap";
import { readZapSampleEvent } from "@/lib/zaps/read-zap-sample-event";
import { saveZapDraft, type SaveZapDraftResult } from "@/lib/zaps/save-zap-draft";
import { zapIdSchema } from "@/lib/zaps/schema";
import { sendTestEvent as sendZapTestEvent } from "@/lib/zaps/send-test-event";
import { testZap } from "@/lib/zaps/test-zap";
import { testZapStep, ZAP_NOT_FOUND } from "@/lib/zaps/test-zap-step";
import { zapOperationInputSchema } from "@/lib/zaps/zap-operation-schema";

const notFound = () => ({ ok: false as const, message: ZAP_NOT_FOUND });

/** Autosave; `create` is the first save of a new zap (/zaps/new), under the id its builder drew. */
export const saveDraft: (input: { zapId: string; name: string; definition: unknown; create?: boolean }) => Promise<SaveZapDraftResult> = authedAction({
  // Only the id here: saveZapDraft validates the name and the definition and says what is wrong.
  schema: z.looseObject({ zapId: zapIdSchema }),
  onInvalid: notFound,
  run: ({ user, input }) =>
    saveZapDraft({ userId: user.id, zapId: input.zapId, input: { name: input.name, definition: input.definition }, create: input.create === true }),
});

export const publish = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: () => ({ ok: false, problems: [{ where: "zap", message: ZAP_NOT_FOUND }] }),
  run: ({ user, input }) => publishZap({ userId: user.id, zapId: input.zapId }),
});

export const discardDraft = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: notFound,
  run: ({ user, input }) => discardZapDraft({ userId: user.id, zapId: input.zapId }),
});

export const loadSamples = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: notFound,
  run: ({ user, input }) => loadTriggerSamples({ userId: user.id, zapId: input.zapId }),
});

/** The whole sample event, when the page shipped a shortened copy. */
export const loadSampleEvent = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: notFound,
  run: ({ user, input }) => readZapSampleEvent({ userId: user.id, zapId: input.zapId }),
});

export const chooseSample = authedAction({
  schema: z.object({ zapId: zapIdSchema, sampleId: z.string().min(1).max(255) }),
  onInvalid: () => ({ ok: false, message: "Choose one of the events listed." }),
  run: ({ user, input }) => chooseZapSample({ userId: user.id, ...input }),
});

export const sendTestEvent = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: notFound,
  run: ({ user, input }) => sendZapTestEvent({ userId: user.id, zapId: input.zapId }),
});

export const testStep = authedAction({
  schema: z.object({
    zapId: zapIdSchema,
    stepId: z.string().min(1).max(32),
    mode: z.enum(["dry_run", "send"]),
    testId: z.uuid().optional(),
  }),
  onInvalid: () => ({ ok: false, message: "Save the zap, then test the step again." }),
  run: ({ user, input }) => testZapStep({ userId: user.id, ...input }),
});

/** "Test the whole zap": lookups for real, actions as dry runs unless `send`. */
export const testWholeZap = authedAction({
  schema: z.object({ zapId: zapIdSchema, send: z.boolean() }),
  onInvalid: notFound,
  run: ({ user, input }) => testZap({ userId: user.id, zapId: input.zapId, send: input.send }),
});
