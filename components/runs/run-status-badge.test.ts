import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import en from "@/messages/en.json";
import ptBR from "@/messages/pt-BR.json";

const label = (props: Parameters<typeof RunStatusBadge>[0], locale: "en" | "pt-BR" = "en") =>
  renderToStaticMarkup(
    // The children go as createElement's third argument; the props' type still lists them.
    createElement(
      NextIntlClientProvider,
      { locale, timeZone: "UTC", messages: locale === "en" ? en : ptBR } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(RunStatusBadge, props),
    ),
  );

test.each([
  [{ status: "QUEUED", attempts: 0 }, "Queued"],
  [{ status: "QUEUED", attempts: 2 }, "Retrying"],
  [{ status: "QUEUED", attempts: 0, waitingFor: "Customer.io" }, "Waiting for Customer.io"],
  [{ status: "QUEUED", attempts: 3, waitingFor: "Customer.io" }, "Waiting for Customer.io"],
  [{ status: "SUCCEEDED", attempts: 1, waitingFor: "Customer.io" }, "Succeeded"],
  [{ status: "RUNNING", attempts: 2 }, "Running"],
  [{ status: "FAILED", attempts: 9 }, "Failed"],
] as const)("%o reads %s", (props, text) => {
  expect(label(props)).toContain(`>${text}<`);
});

test.each([
  [{ status: "QUEUED", attempts: 0 }, "Na fila"],
  [{ status: "QUEUED", attempts: 2 }, "Tentando de novo"],
  [{ status: "QUEUED", attempts: 0, waitingFor: "Customer.io" }, "Aguardando o Customer.io"],
  [{ status: "FAILED", attempts: 9 }, "Falhou"],
  [{ status: "NEEDS_ATTENTION", attempts: 1 }, "Requer atenção"],
] as const)("in pt-BR %o reads %s", (props, text) => {
  expect(label(props, "pt-BR")).toContain(`>${text}<`);
});
