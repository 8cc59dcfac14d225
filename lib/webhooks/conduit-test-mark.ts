// "Send test event" posts a signed event through the public webhook with this extra top-level key.
// Stripe never sends it, and it is inside the signed body, so only a holder of the connection's
// signing secret can mark an event as a test of one zap. It is removed before the event is stored.
import { z } from "zod";

export const CONDUIT_TEST_MARK = "conduit_test";

export const conduitTestMarkSchema = z.object({ zap_id: z.uuid() });

export type ConduitTestMark = z.infer<typeof conduitTestMarkSchema>;
