// The definition of a zap: what a draft holds and what a published ZapVersion freezes. Drafts may
// be incomplete (the builder autosaves them); publishing checks completeness separately.
import { z } from "zod";
import { filterSchema } from "@/lib/filters/schema";

/** A step's mapped value: a template string, rows of a key/value field, or a list (multi-select). */
export const mappedValueSchema = z.union([
  z.string().max(20_000),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
  z.array(z.object({ key: z.string().max(300), value: z.string().max(20_000) })).max(300),
]);

export const triggerConfigSchema = z.object({
  app: z.literal("stripe"),
  key: z.string().min(1).max(100),
  connectionId: z.uuid().nullable(),
  options: z.record(z.string(), mappedValueSchema).default({}),
});

export const stepConfigSchema = z.object({
  /** Stable within the zap; templates refer to outputs as steps.<id>.<field>. */
  id: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, "Step ids are lower-case letters, digits and _, starting with a letter."),
  app: z.string().min(1).max(50),
  key: z.string().min(1).max(100),
  connectionId: z.uuid().nullable(),
  inputs: z.record(z.string(), mappedValueSchema).default({}),
});

export const zapDefinitionSchema = z.object({
  trigger: triggerConfigSchema.nullable(),
  filter: filterSchema.nullable().default(null),
  steps: z.array(stepConfigSchema).max(20).default([]),
});

export type MappedValue = z.infer<typeof mappedValueSchema>;
export type TriggerConfig = z.infer<typeof triggerConfigSchema>;
export type StepConfig = z.infer<typeof stepConfigSchema>;
export type ZapDefinition = z.infer<typeof zapDefinitionSchema>;

export const EMPTY_ZAP_DEFINITION: ZapDefinition = { trigger: null, filter: null, steps: [] };
