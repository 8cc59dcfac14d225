import type { ZapDefinition } from "@/lib/zaps/schema";

/** A ready-made zap the wizard opens prefilled (/zaps/new?template=<key>); the user picks the connections. */
export interface ZapTemplate {
  /** In URLs: never renamed. */
  key: string;
  name: string;
  /** What it does and why, in one or two sentences. */
  description: string;
  /** What to check or set up before publishing it. */
  setup?: string;
  /** Connections are null: every template is someone else's zap until the user picks theirs. */
  definition: ZapDefinition;
}
