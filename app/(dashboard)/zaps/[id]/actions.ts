"use server";

// The zap builder's server actions: check the session, validate with zod, call lib/.
import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { chooseZapSample } from "@/lib/zaps/choose-zap-sample";
import { discardZapDraft } from "@/lib/zaps/discard-zap-draft";
import { loadTriggerSamples } from "@/lib/zaps/load-trigger-samples";
import { publishZap } from "@/lib/zaps/publish-zap";
import { readZapSampleEvent } from "@/lib/zaps/read-zap-sample-event";
import { saveZapDraft, type SaveZapDraftResult } from "@/lib/zaps/save-zap-draft";
import { zapIdSchema } from "@/lib/zaps/schema";
import { sendTestEvent as sendZapTestEvent } from "@/lib/zaps/send-test-event";
import { testZap } from "@/lib/zaps/test-zap";
import { testZapStep } from "@/lib/zaps/test-zap-step";
import { zapOperationInputSchema } from "@/lib/zaps/zap-operation-schema";

// Every message these actions return is shown in the builder, so each is in the request's language.
const translate = async () => translator({ locale: await requestLocale() });
const notFound = async () => ({ ok: false as const, message: (await translate())("zaps.notFound") });

/** Autosave; `create` is the first save of a new zap (/zaps/new), under the id its builder drew. */
export const saveDraft: (input: { zapId: string; name: string; definition: unknown; create?: boolean }) => Promise<SaveZapDraftResult> = authedAction({
  // Only the id here: saveZapDraft validates the name and the definition and says what is wrong.
  schema: z.looseObject({ zapId: zapIdSchema }),
  onInvalid: notFound,
  run: async ({ user, input }) =>
    saveZapDraft({
      userId: user.id,
      zapId: input.zapId,
      input: { name: input.name, definition: input.definition },
      create: input.create === true,
      locale: await requestLocale(),
    }),
});

export const publish = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: async () => ({ ok: false, problems: [{ where: "zap", message: (await translate())("zaps.notFound") }] }),
  run: async ({ user, input }) => publishZap({ userId: user.id, zapId: input.zapId, locale: await requestLocale() }),
});

export const discardDraft = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: notFound,
  run: async ({ user, input }) => discardZapDraft({ userId: user.id, zapId: input.zapId, locale: await requestLocale() }),
});

export const loadSamples = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: notFound,
  run: async ({ user, input }) => loadTriggerSamples({ userId: user.id, zapId: input.zapId, locale: await requestLocale() }),
});

/** The whole sample event, when the page shipped a shortened copy. */
export const loadSampleEvent = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: notFound,
  run: async ({ user, input }) => readZapSampleEvent({ userId: user.id, zapId: input.zapId, locale: await requestLocale() }),
});

export const chooseSample = authedAction({
  schema: z.object({ zapId: zapIdSchema, sampleId: z.string().min(1).max(255) }),
  onInvalid: async () => ({ ok: false, message: (await translate())("builder.samples.chooseListed") }),
  run: async ({ user, input }) => chooseZapSample({ userId: user.id, ...input, locale: await requestLocale() }),
});

export const sendTestEvent = authedAction({
  schema: zapOperationInputSchema,
  onInvalid: notFound,
  run: async ({ user, input }) => sendZapTestEvent({ userId: user.id, zapId: input.zapId, locale: await requestLocale() }),
});

export const testStep = authedAction({
  schema: z.object({
    zapId: zapIdSchema,
    stepId: z.string().min(1).max(32),
    mode: z.enum(["dry_run", "send"]),
    testId: z.uuid().optional(),
  }),
  onInvalid: async () => ({ ok: false, message: (await translate())("builder.test.saveFirst") }),
  run: async ({ user, input }) => testZapStep({ userId: user.id, ...input, locale: await requestLocale() }),
});

/** "Test the whole zap": lookups for real, actions as dry runs unless `send`. */
export const testWholeZap = authedAction({
  schema: z.object({ zapId: zapIdSchema, send: z.boolean() }),
  onInvalid: notFound,
  run: async ({ user, input }) => testZap({ userId: user.id, zapId: input.zapId, send: input.send, locale: await requestLocale() }),
});
