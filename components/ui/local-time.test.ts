import { NextIntlClientProvider, type Messages } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { LocalTime } from "@/components/ui/local-time";
import { TimeZoneProvider } from "@/components/ui/time-zone-context";
import { loadMessages } from "@/lib/i18n/load-messages";

const messages: Partial<Record<"en" | "pt-BR", Messages>> = {};
beforeAll(async () => {
  messages.en = await loadMessages({ locale: "en" });
  messages["pt-BR"] = await loadMessages({ locale: "pt-BR" });
});

// Intl puts narrow no-break spaces in some outputs: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** What the server sends (before the browser, which knows its own zone, takes over). */
function serverRender({ iso, locale, accountZone = null }: { iso: string; locale: "en" | "pt-BR"; accountZone?: string | null }) {
  const inZone = createElement(TimeZoneProvider, { timeZone: accountZone } as ComponentProps<typeof TimeZoneProvider>, createElement(LocalTime, { iso }));
  return plain(
    renderToStaticMarkup(
      createElement(NextIntlClientProvider, { locale, timeZone: "UTC", messages: messages[locale] } as ComponentProps<typeof NextIntlClientProvider>, inZone),
    ),
  );
}

describe("LocalTime on the server", () => {
  const iso = "2026-12-02T14:05:00.000Z";

  it("writes UTC as the viewer's language does, with the zone named", () => {
    expect(serverRender({ iso, locale: "pt-BR" })).toBe(`<time dateTime="${iso}" title="2 de dez. de 2026, 14:05 UTC">2 de dez. de 2026, 14:05 UTC</time>`);
    expect(serverRender({ iso, locale: "en" })).toContain(">Dec 2, 2026, 2:05 PM UTC</time>");
  });

  it("uses the account's time zone when one is set, in the viewer's language", () => {
    // A date long past, so that it is never "today" and the day is always shown.
    const past = "2020-03-04T14:05:00.000Z";
    expect(serverRender({ iso: past, locale: "pt-BR", accountZone: "America/Sao_Paulo" })).toBe(
      `<time dateTime="${past}" title="4 de mar. de 2020, 14:05 UTC">4 de mar. de 2020, 11:05 BRT</time>`,
    );
  });
});
