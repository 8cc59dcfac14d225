// The Stripe and Customer.io stand-ins for the browser tests, in the launcher's own process: the web
// server and worker reach them through STRIPE_API_BASE and CUSTOMERIO_TRACK_URL / _APP_URL, and
// Playwright gets the credentials they accept (fresh for every run) as E2E_* variables. Emails go to
// a local SMTP server (SMTP_URL), which Playwright reads through E2E_MAIL_INBOX_URL.
import { randomBytes } from "node:crypto";
import { startCustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { E2E_STRIPE_SEED } from "@/e2e/fixtures/stripe-seed";
import { startStripeStandInControl } from "@/test/start-stripe-stand-in-control";
import { startCustomerioStandInControl } from "@/test/start-customerio-stand-in-control";
import { serveMailInbox } from "@/test/serve-mail-inbox";
import { startSmtpServer } from "@/test/start-smtp-server";

export interface E2eStandIns {
  /** For the web server and the worker. */
  appEnv: Record<string, string>;
  /** For Playwright. */
  testEnv: Record<string, string>;
  close(): Promise<void>;
}

const STRIPE_ACCOUNT_NAME = "Conduit Test Shop";

export async function startE2eStandIns(): Promise<E2eStandIns> {
  const stripeKey = `sk_test_${alphanumeric(32)}`;
  const workspace = { siteId: randomBytes(10).toString("hex"), trackApiKey: randomBytes(10).toString("hex"), appApiKey: randomBytes(16).toString("hex") };
  const stripe = await startStripeStandIn({
    accounts: [{ id: `acct_${alphanumeric(16)}`, displayName: STRIPE_ACCOUNT_NAME, keys: [{ secret: stripeKey }] }],
  });
  stripe.seed(E2E_STRIPE_SEED);
  // A second Track API key of the same workspace, for replacing the key on the Connections page.
  const rotated = { siteId: workspace.siteId, trackApiKey: randomBytes(10).toString("hex") };
  const customerio = await startCustomerioStandIn({ region: "us", workspaces: [workspace, rotated] }).catch(async (error: unknown) => {
    await stripe.close();
    throw error;
  });
  const smtp = await startSmtpServer();
  const inbox = await serveMailInbox({ received: smtp.received });
  const stripeControl = await startStripeStandInControl({ stripe });
  const customerioControl = await startCustomerioStandInControl({ customerio });
  return {
    // The one Customer.io stand-in plays both regions' hosts: a workspace it knows answers with its
    // own region wherever it is asked (as Customer.io's region lookup does).
    appEnv: {
      STRIPE_API_BASE: stripe.url,
      CUSTOMERIO_TRACK_URL: customerio.trackUrl,
      CUSTOMERIO_APP_URL: customerio.appUrl,
      CUSTOMERIO_TRACK_URL_EU: customerio.trackUrl,
      CUSTOMERIO_APP_URL_EU: customerio.appUrl,
      SMTP_URL: smtp.url,
      // Sync mode (a connection without a webhook) reads new events every second, not every 5.
      STRIPE_SYNC_INTERVAL_MS: "1000",
    },
    testEnv: {
      E2E_MAIL_INBOX_URL: inbox.url,
      E2E_STRIPE_TEST_KEY: stripeKey,
      /** POST <url>/events { type, object }: an event happens in the Stripe stand-in's account. */
      E2E_STRIPE_CONTROL_URL: stripeControl.url,
      /** POST <url>/fail-next { drop | status | hang, path, … }; GET <url>/deliveries?to=: Customer.io stand-in faults and emails. */
      E2E_CUSTOMERIO_CONTROL_URL: customerioControl.url,
      E2E_STRIPE_ACCOUNT_NAME: STRIPE_ACCOUNT_NAME,
      E2E_CUSTOMERIO_SITE_ID: workspace.siteId,
      E2E_CUSTOMERIO_TRACK_API_KEY: workspace.trackApiKey,
      E2E_CUSTOMERIO_APP_API_KEY: workspace.appApiKey,
      E2E_CUSTOMERIO_ROTATED_TRACK_API_KEY: rotated.trackApiKey,
    },
    async close() {
      await Promise.all([stripe.close(), customerio.close(), smtp.close(), inbox.close(), stripeControl.close(), customerioControl.close()]);
    },
  };
}

function alphanumeric(length: number): string {
  return randomBytes(length * 2)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, length)
    .padEnd(length, "0");
}
