import { describe, expect, it } from "vitest";
import { noticeText } from "@/components/builder/notice-text";
import { translator } from "@/lib/i18n/translator";

const english = await translator();
const portuguese = await translator({ locale: "pt-BR" });

describe("noticeText", () => {
  it.each([
    {
      notice: { tone: "error" as const, kind: "publishRefused" as const, count: 1 },
      text: "Not published: one thing needs fixing first, marked on the steps below.",
    },
    {
      notice: { tone: "error" as const, kind: "publishRefused" as const, count: 3 },
      text: "Not published: 3 things need fixing first, marked on the steps below.",
    },
    {
      notice: {
        tone: "success" as const,
        kind: "published" as const,
        number: 4,
        intake: "Conduit checks Stripe for new events every 5 s (no webhook needed).",
      },
      text: "Published version 4. The zap is on: Conduit checks Stripe for new events every 5 s (no webhook needed).",
    },
    { notice: { tone: "success" as const, kind: "discarded" as const, number: 3 }, text: "The draft is back to version 3." },
    { notice: { tone: "error" as const, text: "Already worded." }, text: "Already worded." },
  ])("in English: $text", ({ notice, text }) => {
    expect(noticeText(notice, english)).toBe(text);
  });

  it("in Portuguese, with the plural", () => {
    expect(noticeText({ tone: "error", kind: "publishRefused", count: 1 }, portuguese)).toBe(
      "Não publicado: um item precisa ser corrigido antes, como indicado nas etapas abaixo.",
    );
    expect(noticeText({ tone: "error", kind: "publishRefused", count: 2 }, portuguese)).toBe(
      "Não publicado: 2 itens precisam ser corrigidos antes, como indicado nas etapas abaixo.",
    );
    expect(noticeText({ tone: "success", kind: "discarded", number: 3 }, portuguese)).toBe("O rascunho voltou para a versão 3.");
  });
});
