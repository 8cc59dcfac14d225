// The Stripe and Customer.io stand-ins for the browser tests, in the launcher's own process: the web
// server and worker reach them through STRIPE_API_BASE and CUSTOMERIO_TRACK_URL / _APP_URL, and
// Playwright gets the credentials they accept (fresh for every run) as E2E_* variables. Emails go to
// a local SMTP server (SMTP_URL), which Playwright reads through E2E_MAIL_INBOX_URL.
import { randomBytes } from "node:crypto";
import { startCustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
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
  const customerio = await startCustomerioStandIn({ region: "us", workspaces: [workspace] }).catch(async (error: unknown) => {
    await stripe.close();
    throw error;
  });
  const smtp = await startSmtpServer();
  const inbox = await serveMailInbox({ received: smtp.received });
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
    },
    testEnv: {
      E2E_MAIL_INBOX_URL: inbox.url,
      E2E_STRIPE_TEST_KEY: stripeKey,
      E2E_STRIPE_ACCOUNT_NAME: STRIPE_ACCOUNT_NAME,
      E2E_CUSTOMERIO_SITE_ID: workspace.siteId,
      E2E_CUSTOMERIO_TRACK_API_KEY: workspace.trackApiKey,
      E2E_CUSTOMERIO_APP_API_KEY: workspace.appApiKey,
    },
    async close() {
      await Promise.all([stripe.close(), customerio.close(), smtp.close(), inbox.close()]);
    },
  };
}

function alphanumeric(length: number): string {
  return randomBytes(length * 2).toString("base64").replace(/[^A-Za-z0-9]/g, "").slice(0, length).padEnd(length, "0");
}
