// Everything `npm run demo` adds to `npm start`, in the launcher's process: the Stripe stand-in with
// the demo shop, the Customer.io stand-in, and the control API for the demo pages. The web server
// and the worker get `appEnv`, which points Conduit at these instead of the real services.
import { startDemoControl } from "@/demo/start-demo-control";
import { seedDemoShop, type SeededDemoShop } from "@/demo/seed-demo-shop";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeStandIn, type StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { DEMO_CUSTOMERIO, DEMO_STRIPE } from "@/lib/demo/demo-credentials";

export interface RunningDemo {
  appEnv: {
    CONDUIT_DEMO: "1";
    DEMO_CONTROL_URL: string;
    STRIPE_API_BASE: string;
    CUSTOMERIO_TRACK_URL: string;
    CUSTOMERIO_APP_URL: string;
    CUSTOMERIO_TRACK_URL_EU: string;
    CUSTOMERIO_APP_URL_EU: string;
  };
  shop: SeededDemoShop;
  stripe: StripeStandIn;
  customerio: CustomerioStandIn;
  close(): Promise<void>;
}

export async function startDemo(): Promise<RunningDemo> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    await Promise.all(closers.splice(0).map((closeOne) => closeOne().catch(() => undefined)));
  };
  try {
    const stripe = await startStripeStandIn({
      accounts: [{ id: DEMO_STRIPE.accountId, displayName: DEMO_STRIPE.accountName, keys: [{ secret: DEMO_STRIPE.secretKey }] }],
    });
    closers.push(() => stripe.close());
    const customerio = await startCustomerioStandIn({
      region: DEMO_CUSTOMERIO.region,
      workspaces: [{ siteId: DEMO_CUSTOMERIO.siteId, trackApiKey: DEMO_CUSTOMERIO.trackApiKey, appApiKey: DEMO_CUSTOMERIO.appApiKey }],
    });
    closers.push(() => customerio.close());
    const control = await startDemoControl({ stripe, customerio });
    closers.push(() => control.close());
    const shop = seedDemoShop({ standIn: stripe });
    return {
      // Both regions' hosts are the stand-in: a demo user who picks EU never reaches Customer.io.
      appEnv: {
        CONDUIT_DEMO: "1",
        DEMO_CONTROL_URL: control.url,
        STRIPE_API_BASE: stripe.url,
        CUSTOMERIO_TRACK_URL: customerio.trackUrl,
        CUSTOMERIO_APP_URL: customerio.appUrl,
        CUSTOMERIO_TRACK_URL_EU: customerio.trackUrl,
        CUSTOMERIO_APP_URL_EU: customerio.appUrl,
      },
      shop,
      stripe,
      customerio,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
