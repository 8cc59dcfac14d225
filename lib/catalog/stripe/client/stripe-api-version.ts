import type Stripe from "stripe";

/**
 * The Stripe API version Conduit speaks: the one the installed `stripe` package pins. Every request
 * and the webhook endpoints Conduit creates use it, so the objects we read and the events we receive
 * have the shapes of the SDK's types. Typed against the SDK, so upgrading the package fails to
 * compile until this is bumped on purpose (webhook payloads change shape with it).
 */
export const STRIPE_API_VERSION: typeof Stripe.API_VERSION = "2026-10-28.endive";
