import { Alert } from "@/components/ui/alert";

/** Shown on the sign-up page under `npm run demo`. */
export function DemoNotice() {
  return (
    <div className="mt-4">
      <Alert tone="info">
        <strong className="font-semibold">This is a demo.</strong> Conduit is running with local stand-ins for Stripe and Customer.io (
        <code>npm run demo</code>): a made-up shop, no outside accounts, and nothing you do here reaches the real services. Sign up with any
        address, then connect the demo accounts in one click each on the Connections page.
      </Alert>
    </div>
  );
}
