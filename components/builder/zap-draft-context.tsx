"use client";

import { createContext, useContext, type Dispatch } from "react";
import type { ZapDraftAction, ZapDraftState } from "@/components/builder/zap-draft-reducer";
import type { StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";
import type { BuilderCatalog } from "@/lib/zaps/builder-catalog";
import type { BuilderConnection } from "@/lib/zaps/builder-connections";

/** What every part of the builder reads: the draft's state, how to change it, and the page's fixed data. */
export type ZapDraft = {
  zapId: string;
  state: ZapDraftState;
  dispatch: Dispatch<ZapDraftAction>;
  catalog: BuilderCatalog;
  connections: BuilderConnection[];
  guide: StripeWebhookGuide;
  /** The event the fields are mapped from: the chosen one when it fits the trigger, else the catalog's. */
  sample: unknown;
  /** Saves pending changes now; resolves with whether the server has all of them (see useAutosave). */
  flush: () => Promise<boolean>;
};

export const ZapDraftContext = createContext<ZapDraft | null>(null);

/** The builder's draft, inside ZapBuilder. */
export function useZapDraft(): ZapDraft {
  const draft = useContext(ZapDraftContext);
  if (!draft) throw new Error("useZapDraft is used outside ZapBuilder.");
  return draft;
}
