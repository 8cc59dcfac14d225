import { defineApp, defineConnection } from "@/lib/catalog/define";
import { classifyCustomerioError } from "@/lib/catalog/customerio/classify-customerio-error";
import { checkCustomerioConnection } from "@/lib/catalog/customerio/connection/check-customerio-connection";
import { customerioAccountKey } from "@/lib/catalog/customerio/connection/customerio-account-key";
import { customerioAlreadyConnected } from "@/lib/catalog/customerio/connection/customerio-already-connected";
import { customerioConnectionFields } from "@/lib/catalog/customerio/connection/customerio-connection-fields";
import { decodeCustomerioConnection, type CustomerioConnectionWithSecrets } from "@/lib/catalog/customerio/connection/decode-customerio-connection";
import { describeCustomerioConnection } from "@/lib/catalog/customerio/connection/describe-customerio-connection";
import { verifyCustomerioConnection } from "@/lib/catalog/customerio/connection/verify-customerio-connection";
import { createCustomerioStepClient } from "@/lib/catalog/customerio/create-customerio-step-client";
import { customerioPersonInputs } from "@/lib/catalog/customerio/customerio-person-inputs";
import { env } from "@/lib/env";
import { addToSegment } from "@/lib/catalog/customerio/actions/add-to-segment";
import { deletePerson } from "@/lib/catalog/customerio/actions/delete-person";
import { identifyPerson } from "@/lib/catalog/customerio/actions/identify-person";
import { removeFromSegment } from "@/lib/catalog/customerio/actions/remove-from-segment";
import { sendTransactionalEmail } from "@/lib/catalog/customerio/actions/send-transactional-email";
import { trackAnonymousEvent } from "@/lib/catalog/customerio/actions/track-anonymous-event";
import { trackEvent } from "@/lib/catalog/customerio/actions/track-event";
import { unsubscribePerson } from "@/lib/catalog/customerio/actions/unsubscribe-person";

export const customerioApp = defineApp({
  key: "customerio",
  name: "Customer.io",
  description: "Keeps people, events, segments and transactional email in your Customer.io workspace in step with Stripe.",
  triggers: [],
  lookups: [],
  actions: [identifyPerson, trackEvent, trackAnonymousEvent, addToSegment, removeFromSegment, deletePerson, unsubscribePerson, sendTransactionalEmail],
  connection: defineConnection<CustomerioConnectionWithSecrets, typeof customerioConnectionFields>({
    fields: customerioConnectionFields,
    purpose: "Conduit updates people, tracks events and sends transactional emails in your Customer.io workspace.",
    intro:
      "In Customer.io, open **Settings → Workspace Settings → API and webhook credentials** ([open it](https://fly.customer.io/settings/api_credentials)). " +
      "Conduit checks the keys with Customer.io before saving them, encrypted.",
    verify: verifyCustomerioConnection,
    alreadyConnected: customerioAlreadyConnected,
    describe: describeCustomerioConnection,
    decode: decodeCustomerioConnection,
    check: checkCustomerioConnection,
    accountKey: customerioAccountKey,
  }),
  createClient: createCustomerioStepClient,
  classifyError: (error) => classifyCustomerioError({ error }),
  // Customer.io answers 429 above its per-workspace limit; staying under it keeps bursts from failing.
  rateLimitPerSecond: () => env().CUSTOMERIO_RATE_LIMIT_PER_SECOND,
  gettingStarted: { title: "zaps.gettingStarted.customerio.title", description: "zaps.gettingStarted.customerio.description" },
  personInputs: customerioPersonInputs,
});
