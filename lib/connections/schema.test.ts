import { describe, expect, it } from "vitest";
import { signingSecretInputSchema, stripeConnectionInputSchema } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import { customerioConnectionInputSchema } from "@/lib/catalog/customerio/connection/customerio-connection-schema";
import { fieldErrorsOf } from "@/lib/connections/field-errors-of";

const errors = (result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) => (result.error ? fieldErrorsOf(result.error) : {});

describe("connection input schemas", () => {
  it("trims pasted keys, drops an empty label and App API key", () => {
    expect(customerioConnectionInputSchema.parse({ label: " ", siteId: " abc123\n", trackApiKey: "\tkey987 ", appApiKey: "", region: "eu" })).toEqual({
      siteId: "abc123",
      trackApiKey: "key987",
      region: "eu",
    });
    expect(stripeConnectionInputSchema.parse({ label: "", secretKey: " sk_test_51MoRdlLgUG5tbmjcConduit \n" })).toEqual({
      secretKey: "sk_test_51MoRdlLgUG5tbmjcConduit",
    });
  });

  it.each([
    [{ siteId: "", trackApiKey: "k", region: "us" }, { siteId: "Enter the site ID." }],
    [
      { siteId: "s", trackApiKey: "two words", region: "us" },
      { trackApiKey: "This has spaces or characters a Customer.io Track API key never has: copy the Customer.io Track API key alone." },
    ],
    [{ siteId: "s", trackApiKey: "k", region: "ap" }, { region: "Choose the region your Customer.io account is in: US or EU." }],
    [
      { siteId: "s", trackApiKey: "k", appApiKey: "a b", region: "us" },
      { appApiKey: "This has spaces or characters a Customer.io App API key never has: copy the Customer.io App API key alone." },
    ],
    [{ siteId: "s", trackApiKey: "k", region: "us", label: "x".repeat(81) }, { label: "Use at most 80 characters." }],
  ])("refuses Customer.io input %j", (input, expected) => {
    expect(errors(customerioConnectionInputSchema.safeParse(input))).toEqual(expected);
  });

  it.each([
    ["", "Paste your Stripe API key."],
    ["pk_test_51MoRdlLgUG5tbmjcConduit", "publishable key"],
    ["whsec_51MoRdlLgUG5tbmjcConduit", "webhook signing secret"],
    ["sk_test_51Mo", "cut short"],
    ["api-key", "sk_test_, sk_live_, rk_test_ or rk_live_"],
  ])("refuses the Stripe key %j and names the mix-up", (secretKey, message) => {
    expect(errors(stripeConnectionInputSchema.safeParse({ secretKey })).secretKey).toContain(message);
  });

  it.each([
    ["whsec_abc", "A signing secret starts with whsec_"],
    ["sk_test_51MoRdlLgUG5tbmjcConduit", "A signing secret starts with whsec_"],
    ["", "Paste the endpoint's signing secret"],
  ])("refuses the signing secret %j", (signingSecret, message) => {
    const result = signingSecretInputSchema.safeParse({ connectionId: "0195f1d2-7c4b-7a00-8000-000000000001", signingSecret });
    expect(errors(result).signingSecret).toContain(message);
  });

  it("accepts a signing secret as Stripe and its CLI print them", () => {
    for (const signingSecret of ["whsec_Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56", `whsec_${"0a".repeat(32)}`]) {
      expect(signingSecretInputSchema.safeParse({ connectionId: "0195f1d2-7c4b-7a00-8000-000000000001", signingSecret }).success).toBe(true);
    }
  });
});
