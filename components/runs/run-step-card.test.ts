import { NextIntlClientProvider, type Messages } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { RunStepCard } from "@/components/runs/run-step-card";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { RunStepDetail } from "@/lib/runs/schema";

const messages: Partial<Record<"en" | "pt-BR", Messages>> = {};
beforeAll(async () => {
  messages.en = await loadMessages({ locale: "en" });
  messages["pt-BR"] = await loadMessages({ locale: "pt-BR" });
});

const lookupStep = (overrides: Partial<RunStepDetail>): RunStepDetail => ({
  stepIndex: 0,
  app: "stripe",
  action: "get_charge",
  appName: "Stripe",
  actionName: "Get charge",
  input: { chargeId: "ch_Nope" },
  requests: [],
  output: null,
  status: "SUCCEEDED",
  error: null,
  durationMs: 120,
  startedAt: "2026-12-02T14:05:00.000Z",
  carriedOver: false,
  confirmedAt: null,
  effect: null,
  ...overrides,
});

const render = (step: RunStepDetail, locale: "en" | "pt-BR" = "en") =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, timeZone: "UTC", messages: messages[locale] } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(RunStepCard, { step, runId: "run-1" }),
    ),
  );

describe("a lookup step that found nothing", () => {
  const reason = "No Stripe charge has the ID ch_Nope; the step is set to stop the run.";

  it("set to stop, reads Stopped the run, with why, and no error", () => {
    const html = render(lookupStep({ status: "SKIPPED", error: reason }));
    expect(html).toContain(">Stopped the run<");
    expect(html).toContain(`aria-label="Why it stopped"`);
    expect(html).toContain(reason);
    expect(html).not.toContain("Error:");
    expect(html).not.toContain("Nothing found");
  });

  it("set to continue, says it continued with empty values", () => {
    const html = render(lookupStep({ output: { found: false } }));
    expect(html).toContain(">Succeeded<");
    expect(html).toContain("Nothing found, continued with empty values.");
    expect(render(lookupStep({ output: { found: false } }), "pt-BR")).toContain("Nada encontrado; a execução continuou com valores vazios.");
  });

  it("a lookup that found its charge says nothing of the kind", () => {
    expect(render(lookupStep({ output: { found: true, id: "ch_A" } }))).not.toContain("Nothing found");
  });
});
