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
import { demoEventKinds } from "@/lib/demo/demo-event-kinds";
import { env } from "@/lib/env";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";

export type DemoActionResult = { ok: boolean; message: string };

const t = async () => translator({ locale: await requestLocale() });
const off = async (): Promise<DemoActionResult> => ({ ok: false, message: (await t())("demo.off") });
const makeEventSchema = z.object({
  kind: z.enum(demoEventKinds),
  customerId: z.string().regex(/^cus_[A-Za-z0-9]{1,60}$/),
});

export const makeDemoStripeEvent: (input: { kind: string; customerId: string }) => Promise<DemoActionResult> = authedAction({
  schema: makeEventSchema,
  // Outside demo mode the refusal comes first, whatever the input.
  onInvalid: async (error) =>
    env().CONDUIT_DEMO
      ? {
          ok: false,
          message: (await t())(error.issues.some((issue) => issue.path[0] === "customerId") ? "demo.stripe.chooseCustomer" : "demo.stripe.chooseKind"),
        }
      : off(),
  run: async ({ input }) => {
    if (!env().CONDUIT_DEMO) return off();
    const answer = await callDemoControl<{ event: { id: string; type: string } }>({ path: "/stripe/events", body: input });
    if (!answer.ok) return answer;
    return { ok: true, message: (await t())("demo.stripe.sent", { kind: input.kind, type: answer.body.event.type, id: answer.body.event.id }) };
  },
});

export async function connectDemoStripeAccount(): Promise<DemoActionResult> {
  const user = await requireUser();
  if (!env().CONDUIT_DEMO) return off();
  const result = await connectDemoStripe({ userId: user.id });
  if (!result.ok) return { ok: false, message: result.formError ?? Object.values(result.fieldErrors)[0] ?? (await t())("demo.connect.stripeFailed") };
  revalidatePath("/connections");
  return { ok: true, message: (await t())("demo.connect.stripeConnected", { label: result.label }) };
}

export async function connectDemoCustomerioWorkspace(): Promise<DemoActionResult> {
  const user = await requireUser();
  if (!env().CONDUIT_DEMO) return off();
  const result = await connectDemoCustomerio({ userId: user.id });
  if (!result.ok) return { ok: false, message: result.formError ?? Object.values(result.fieldErrors)[0] ?? (await t())("demo.connect.customerioFailed") };
  revalidatePath("/connections");
  return { ok: true, message: (await t())("demo.connect.customerioConnected", { label: result.label }) };
}
