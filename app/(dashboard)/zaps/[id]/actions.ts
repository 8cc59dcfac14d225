"use server";

// The zap builder's server actions: check the session, validate with zod, call lib/.
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { chooseZapSample, type ChooseZapSampleResult } from "@/lib/zaps/choose-zap-sample";
import { discardZapDraft, type DiscardZapDraftResult } from "@/lib/zaps/discard-zap-draft";
import { loadTriggerSamples, type LoadTriggerSamplesResult } from "@/lib/zaps/load-trigger-samples";
import { publishZap, type PublishResult } from "@/lib/zaps/publish-zap";
import { readZapSampleEvent, type ReadZapSampleEventResult } from "@/lib/zaps/read-zap-sample-event";
import { saveZapDraft, type SaveZapDraftResult } from "@/lib/zaps/save-zap-draft";
import { sendTestEvent as sendZapTestEvent, type SendTestEventResult } from "@/lib/zaps/send-test-event";
import { testZapStep, ZAP_NOT_FOUND, type TestZapStepResult } from "@/lib/zaps/test-zap-step";

const zapIdSchema = z.uuid();
const NOT_FOUND = ZAP_NOT_FOUND;

/** Autosave; `create` is the first save of a new zap (/zaps/new), under the id its builder drew. */
export async function saveDraft(input: { zapId: string; name: string; definition: unknown; create?: boolean }): Promise<SaveZapDraftResult> {
  const user = await requireUser();
  const zapId = zapIdSchema.safeParse(input.zapId);
  if (!zapId.success) return { ok: false, message: NOT_FOUND };
  return saveZapDraft({ userId: user.id, zapId: zapId.data, input: { name: input.name, definition: input.definition }, create: input.create === true });
}

export async function publish(input: { zapId: string }): Promise<PublishResult> {
  const user = await requireUser();
  const zapId = zapIdSchema.safeParse(input.zapId);
  if (!zapId.success) return { ok: false, problems: [{ where: "zap", message: NOT_FOUND }] };
  return publishZap({ userId: user.id, zapId: zapId.data });
}

export async function discardDraft(input: { zapId: string }): Promise<DiscardZapDraftResult> {
  const user = await requireUser();
  const zapId = zapIdSchema.safeParse(input.zapId);
  if (!zapId.success) return { ok: false, message: NOT_FOUND };
  return discardZapDraft({ userId: user.id, zapId: zapId.data });
}

export async function loadSamples(input: { zapId: string }): Promise<LoadTriggerSamplesResult> {
  const user = await requireUser();
  const zapId = zapIdSchema.safeParse(input.zapId);
  if (!zapId.success) return { ok: false, message: NOT_FOUND };
  return loadTriggerSamples({ userId: user.id, zapId: zapId.data });
}

/** The whole sample event, when the page shipped a shortened copy. */
export async function loadSampleEvent(input: { zapId: string }): Promise<ReadZapSampleEventResult> {
  const user = await requireUser();
  const zapId = zapIdSchema.safeParse(input.zapId);
  if (!zapId.success) return { ok: false, message: NOT_FOUND };
  return readZapSampleEvent({ userId: user.id, zapId: zapId.data });
}

export async function chooseSample(input: { zapId: string; sampleId: string }): Promise<ChooseZapSampleResult> {
  const user = await requireUser();
  const parsed = z.object({ zapId: zapIdSchema, sampleId: z.string().min(1).max(255) }).safeParse(input);
  if (!parsed.success) return { ok: false, message: "Choose one of the events listed." };
  return chooseZapSample({ userId: user.id, ...parsed.data });
}

export async function sendTestEvent(input: { zapId: string }): Promise<SendTestEventResult> {
  const user = await requireUser();
  const zapId = zapIdSchema.safeParse(input.zapId);
  if (!zapId.success) return { ok: false, message: NOT_FOUND };
  return sendZapTestEvent({ userId: user.id, zapId: zapId.data });
}

const testStepSchema = z.object({
  zapId: zapIdSchema,
  stepId: z.string().min(1).max(32),
  mode: z.enum(["dry_run", "send"]),
  testId: z.uuid().optional(),
});

export async function testStep(input: { zapId: string; stepId: string; mode: "dry_run" | "send"; testId?: string }): Promise<TestZapStepResult> {
  const user = await requireUser();
  const parsed = testStepSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Save the zap, then test the step again." };
  return testZapStep({ userId: user.id, ...parsed.data });
}
