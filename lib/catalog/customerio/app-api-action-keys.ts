import { sendTransactionalEmail } from "@/lib/catalog/customerio/actions/send-transactional-email";

/** The Customer.io actions that call the App API, and so need the connection's App API key. */
export const APP_API_ACTION_KEYS: ReadonlySet<string> = new Set([sendTransactionalEmail.key]);
