// The definition of a zap: what a draft holds and what a published ZapVersion freezes. Drafts may
// be incomplete (the builder autosaves them); publishing checks completeness separately.
import { z } from "zod";
import { filterSchema } from "@/lib/filters/schema";
import { issueParams } from "@/lib/i18n/issue-message";
import { said } from "@/lib/i18n/user-message";
import { findValueProblem } from "@/lib/mapping/find-value-problem";
import { TEMPLATE_LIMITS } from "@/lib/mapping/parse-template";

/** Limits of what a definition may hold, so saving, rendering and storing it stay bounded. */
export const DEFINITION_LIMITS = { maxInputs: 50, maxInputNameLength: 100, maxListItems: 50, maxRows: 300, maxRowKeyLength: 300 } as const;

// PostgreSQL cannot store these characters, so a value holding one would fail to save.
const storableText = (max: number, what: "value" | "choice" | "key") =>
  z
    .string()
    .refine((text) => text.length <= max, issueParams(said("zaps.definition.tooLong", { what, max })))
    .refine((text) => !findValueProblem({ value: text }), issueParams(said("zaps.definition.unstorable", { what })));

export const ZAP_NOT_FOUND = "This zap does not exist any more, or it belongs to another account. Reload the page.";

/** A zap's id, from a URL or a form; one that is not a UUID reads as a zap that is not there. */
export const zapIdSchema = z.uuid(ZAP_NOT_FOUND);

const templateSchema = storableText(TEMPLATE_LIMITS.maxLength, "value");

/** A step's mapped value: a template string, rows of a key/value field, or a list (multi-select). */
export const mappedValueSchema = z.union([
  templateSchema,
  z.boolean(),
  z
    .array(storableText(200, "choice"))
    .refine(
      (items) => items.length <= DEFINITION_LIMITS.maxListItems,
      issueParams(said("zaps.definition.tooManyItems", { max: DEFINITION_LIMITS.maxListItems })),
    ),
  z
    .array(
      z.object({
        // Rendering skips a "__proto__" key (assigning it would set a prototype), so refuse it up front.
        key: storableText(DEFINITION_LIMITS.maxRowKeyLength, "key").refine((key) => key.trim() !== "__proto__", issueParams(said("zaps.definition.protoKey"))),
        value: templateSchema,
      }),
    )
    .refine((rows) => rows.length <= DEFINITION_LIMITS.maxRows, issueParams(said("zaps.definition.tooManyRows", { max: DEFINITION_LIMITS.maxRows }))),
]);

/** A step's inputs or a trigger's options, by field name. */
const mappedValuesSchema = z
  .record(
    z.string().refine((name) => name.length <= DEFINITION_LIMITS.maxInputNameLength, issueParams(said("zaps.definition.fieldNameTooLong"))),
    mappedValueSchema,
  )
  .refine(
    (values) => Object.keys(values).length <= DEFINITION_LIMITS.maxInputs,
    issueParams(said("zaps.definition.tooManyInputs", { max: DEFINITION_LIMITS.maxInputs })),
  )
  .default({});

/** A trigger: any app's key, as steps (this schema is in the browser's bundle, the catalog is not); publishing checks the app has the trigger. */
export const triggerConfigSchema = z.object({
  app: z.string().min(1).max(50),
  key: z.string().min(1).max(100),
  connectionId: z.uuid().nullable(),
  options: mappedValuesSchema,
});

/** Stable within the zap; templates refer to outputs as steps.<id>.<field>. */
const stepIdSchema = z.string().refine((id) => /^[a-z][a-z0-9_]{0,31}$/.test(id), issueParams(said("zaps.definition.stepId")));

/** A lookup or an action: an app's catalog entry with its mapped inputs. */
export const stepConfigSchema = z.object({
  id: stepIdSchema,
  app: z.string().min(1).max(50),
  key: z.string().min(1).max(100),
  connectionId: z.uuid().nullable(),
  inputs: mappedValuesSchema,
});

/** "Only continue if" between steps: its rules may read the trigger and the steps before it. */
export const filterStepSchema = z.object({
  id: stepIdSchema,
  kind: z.literal("filter"),
  filter: filterSchema,
});

export const zapDefinitionSchema = z.object({
  trigger: triggerConfigSchema.nullable(),
  /** The filter right after the trigger, before any step (not a numbered step; older definitions have only this one). */
  filter: filterSchema.nullable().default(null),
  steps: z
    .array(z.union([filterStepSchema, stepConfigSchema]))
    .max(20)
    .default([]),
});

export type MappedValue = z.infer<typeof mappedValueSchema>;
export type TriggerConfig = z.infer<typeof triggerConfigSchema>;
export type StepConfig = z.infer<typeof stepConfigSchema>;
export type FilterStepConfig = z.infer<typeof filterStepSchema>;
/** One of a zap's steps: a lookup or action (StepConfig), or a filter. */
export type ZapStep = StepConfig | FilterStepConfig;
export type ZapDefinition = z.infer<typeof zapDefinitionSchema>;

export const EMPTY_ZAP_DEFINITION: ZapDefinition = { trigger: null, filter: null, steps: [] };
