"use server";

// The demo's server actions (Demo Stripe panel, one-click demo connections): check the session,
// validate with zod, call lib/demo. Outside demo mode they refuse and change nothing.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { requireUser } from "@/lib/auth/current-user";
import { callDemoControl } from "@/lib/demo/call-demo-control";
import { connectDemoCustomerio } from "@/lib/demo/connect-demo-customerio";
import { connectDemoStripe } from "@/lib/demo/connect-demo-stripe";
import { demoEventKinds, DEMO_EVENT_KINDS } from "@/lib/demo/demo-event-kinds";
import { DemoModeOffError } from "@/lib/demo/demo-mode-off-error";
import { env } from "@/lib/env";

export type DemoActionResult = { ok: boolean; message: string };

const OFF: DemoActionResult = { ok: false, message: new DemoModeOffError().message };
const makeEventSchema = z.object({
  kind: z.enum(demoEventKinds),
  customerId: z.string().regex(/^cus_[A-Za-z0-9]{1,60}$/, "Choose a customer of the demo shop."),
});

export const makeDemoStripeEvent: (input: { kind: string; customerId: string }) => Promise<DemoActionResult> = authedAction({
  schema: makeEventSchema,
  // Outside demo mode the refusal comes first, whatever the input.
  onInvalid: (error) => (env().CONDUIT_DEMO ? { ok: false, message: error.issues[0]?.message ?? "Choose what happens and to whom." } : OFF),
  run: async ({ input }) => {
    if (!env().CONDUIT_DEMO) return OFF;
    const answer = await callDemoControl<{ event: { id: string; type: string } }>({ path: "/stripe/events", body: input });
    if (!answer.ok) return answer;
    return {
      ok: true,
      message: `${DEMO_EVENT_KINDS[input.kind].label.replace(/^A /, "The ")}: Stripe sent ${answer.body.event.type} (${answer.body.event.id}).`,
    };
  },
});

export async function connectDemoStripeAccount(): Promise<DemoActionResult> {
  const user = await requireUser();
  if (!env().CONDUIT_DEMO) return OFF;
  const result = await connectDemoStripe({ userId: user.id });
  if (!result.ok) return { ok: false, message: result.formError ?? Object.values(result.fieldErrors)[0] ?? "The demo Stripe account could not be connected." };
  revalidatePath("/connections");
  return { ok: true, message: `Connected ${result.label}. Its webhook endpoint is set up, so events arrive on their own.` };
}

export async function connectDemoCustomerioWorkspace(): Promise<DemoActionResult> {
  const user = await requireUser();
  if (!env().CONDUIT_DEMO) return OFF;
  const result = await connectDemoCustomerio({ userId: user.id });
  if (!result.ok)
    return { ok: false, message: result.formError ?? Object.values(result.fieldErrors)[0] ?? "The demo Customer.io workspace could not be connected." };
  revalidatePath("/connections");
  return { ok: true, message: `Connected ${result.label}.` };
}
