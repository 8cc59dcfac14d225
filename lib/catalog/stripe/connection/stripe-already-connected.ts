import type { ConnectFailure } from "@/lib/catalog/define";

/** Connecting a Stripe account and mode the user has already connected. */
export function stripeAlreadyConnected({ label, config }: { label: string; config: Record<string, unknown> }): ConnectFailure {
  const mode = config.livemode ? "live" : "test";
  return {
    ok: false,
    fieldErrors: {
      secretKey: `This Stripe account is already connected in ${mode} mode as “${label}”. To use another key for it, use Replace key on that connection.`,
    },
    errorCodes: { fieldErrors: { secretKey: { code: "stripe.alreadyConnected", values: { mode, label } } } },
  };
}
