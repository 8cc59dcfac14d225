import type { ComponentType } from "react";
import { CustomerioCardActions } from "@/components/connections/customerio-card-extras";
import {
  StripeCardActions,
  stripeConnectedMessage,
  StripeIntakeRow,
  StripeWebhookSection,
  StripeWebhookStep,
} from "@/components/connections/stripe-card-extras";
import type { Connected } from "@/lib/connections/create-connection";
import type { Translate } from "@/lib/i18n/translator";
import type { ConnectionSummary } from "@/lib/connections/list-connections";
import type { StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";

/**
 * What an app draws beyond the generic connect form and connection card, where that is UI of its
 * own (dialogs, controls). The facts, fields and texts come from the app's catalog declaration; an
 * app without an entry here gets the generic form and card.
 */
export interface AppCardExtras {
  /** After connecting: the notice to close the dialog with, or null to show ConnectedStep instead. */
  connectedMessage?(result: Connected, t: Translate): string | null;
  ConnectedStep?: ComponentType<{ result: Connected; guide: StripeWebhookGuide; onDone: (message: string, warning?: string) => void }>;
  /** Rows after the card's facts. */
  Rows?: ComponentType<{ connection: ConnectionSummary }>;
  /** A section under the card's facts. */
  Section?: ComponentType<{ connection: ConnectionSummary }>;
  /** Buttons before Delete. */
  Actions?: ComponentType<{ connection: ConnectionSummary; guide: StripeWebhookGuide }>;
}

export const appCardExtras: Readonly<Partial<Record<string, AppCardExtras>>> = {
  stripe: {
    connectedMessage: stripeConnectedMessage,
    ConnectedStep: StripeWebhookStep,
    Rows: StripeIntakeRow,
    Section: StripeWebhookSection,
    Actions: StripeCardActions,
  },
  customerio: { Actions: CustomerioCardActions },
};
