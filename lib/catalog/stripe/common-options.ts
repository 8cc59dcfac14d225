// Option fields several Stripe triggers share. Their keys are stored in zaps: never rename them.
import { field } from "@/lib/catalog/field";

export const commonOptions = {
  customerId: field.text({
    label: "Only for customer",
    help: "A Stripe customer ID. Leave empty to run for every customer.",
    example: "cus_QXg1o8vcGmoR32",
  }),
  mode: field.select({
    label: "Live or test mode",
    help: "Which of your Stripe account's modes should start this zap.",
    options: [
      { value: "any", label: "Live and test" },
      { value: "live", label: "Live only" },
      { value: "test", label: "Test only" },
    ],
    default: "any",
    required: true,
  }),
  ignorePaymentIntents: field.boolean({
    label: "Ignore payment intents",
    help:
      "Yes: run once per charge. No: also run for payments that never reached a charge (for example a failed card authentication). " +
      "Either way one payment starts one run.",
    default: true,
  }),
};
