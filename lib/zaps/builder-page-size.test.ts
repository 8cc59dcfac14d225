// The builder page stays bounded for a draft near the definition limits (issue 16: an 886 KiB draft
// rendered a 73 MB page, every collapsed step's fields drawn with their sample previews). What the
// page ships is the builder's props (sent once, as the RSC payload) and the markup the server
// renders from them; both are measured here on a real zap read back from PostgreSQL.
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { ZapBuilder } from "@/components/builder/zap-builder";
import { db } from "@/lib/db";
import { createTriggerZap } from "@/test/create-trigger-zap";
import { builderPageProps } from "@/lib/zaps/builder-page-props";
import { saveZapDraft } from "@/lib/zaps/save-zap-draft";
import { DEFINITION_LIMITS } from "@/lib/zaps/schema";
import { SAMPLE_PAGE_BUDGET_BYTES } from "@/lib/zaps/shorten-sample";
import en from "@/messages/en.json";

const MB = 1024 * 1024;
const bytes = (text: string) => Buffer.byteLength(text);
const count = (text: string, marker: string) => text.split(marker).length - 1;

/** 20 steps, each with as many attribute rows as the limits allow, every row mapping trigger fields. */
function largeDefinition({ stripeId, customerioId }: { stripeId: string | null; customerioId: string }) {
  const rows = (step: number) =>
    Array.from({ length: DEFINITION_LIMITS.maxRows - 2 }, (_, row) => ({
      key: `attribute_${step}_${row}`,
      value: `{{trigger.customer}} on {{trigger.id}}: row ${row} of step ${step}, ${"x".repeat(52)}`,
    }));
  return {
    trigger: { app: "stripe", key: "subscription_canceled", connectionId: stripeId, options: {} },
    filter: null,
    steps: Array.from({ length: 20 }, (_, step) => ({
      id: `step_${step}`,
      app: "customerio",
      key: "identify_person",
      connectionId: customerioId,
      inputs: { personId: "{{trigger.customer}}", attributes: rows(step) },
    })),
  };
}

function render(props: NonNullable<Awaited<ReturnType<typeof builderPageProps>>>): string {
  const router = {
    push: () => undefined,
    replace: () => undefined,
    refresh: () => undefined,
    prefetch: () => undefined,
    back: () => undefined,
    forward: () => undefined,
  } as unknown as AppRouterInstance;
  return renderToString(
    createElement(
      AppRouterContext.Provider,
      { value: router },
      createElement(
        NextIntlClientProvider,
        { locale: "en", timeZone: "UTC", messages: en } as ComponentProps<typeof NextIntlClientProvider>,
        createElement(QueryClientProvider, { client: new QueryClient() }, createElement(ZapBuilder, { key: props.zap.id, ...props })),
      ),
    ),
  );
}

describe("the builder page of a large zap", () => {
  it("ships the draft once, a shortened sample, and markup for the collapsed steps' headers only", async () => {
    const { userId, zapId, stripeId, customerioId } = await createTriggerZap({ name: "Large" });
    const definition = largeDefinition({ stripeId, customerioId });
    expect(await saveZapDraft({ userId, zapId, input: { name: "Large", definition } })).toMatchObject({ ok: true });
    const draftBytes = bytes(JSON.stringify(definition));
    expect(draftBytes).toBeGreaterThan(850 * 1024);
    // A real Stripe event can be large too (long metadata, long lists); the stored one stays whole.
    const sampleMarker = "sample_marker_";
    const sampleEvent = {
      ...subscriptionDeleted,
      data: {
        object: {
          ...subscriptionDeleted.data.object,
          metadata: { note: `${sampleMarker}${"n".repeat(900_000)}` },
          items: { data: Array.from({ length: 2_000 }, (_, index) => ({ id: `si_${index}` })) },
        },
      },
    };
    await db.zap.update({ where: { id: zapId }, data: { sampleEvent } });

    const props = await builderPageProps({ userId, zapId });
    if (!props) throw new Error("the zap should be found");
    const payload = JSON.stringify(props);
    const html = render(props);

    // The RSC payload is these props: the draft once, plus at most the sample's budget and the catalog.
    expect(bytes(payload)).toBeLessThan(draftBytes + SAMPLE_PAGE_BUDGET_BYTES + 256 * 1024);
    expect(count(payload, "row 7 of step 3,")).toBe(1);
    expect(count(payload, sampleMarker)).toBe(1);
    expect(props.zap.sampleShortened).toBe(true);
    // The markup: every step's header, none of the collapsed bodies.
    expect(bytes(html)).toBeLessThan(256 * 1024);
    expect(count(html, "row 7 of step 3,")).toBe(0);
    expect(count(html, sampleMarker)).toBe(0);
    expect(count(html, 'data-testid="step-step_')).toBe(20);
    expect(bytes(payload) + bytes(html)).toBeLessThan(2 * MB);

    // The whole event is still stored, for runs and "Show the whole event".
    const stored = await db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { sampleEvent: true } });
    expect(stored.sampleEvent).toEqual(sampleEvent);
  });
});
