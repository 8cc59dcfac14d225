import { describe, expect, it } from "vitest";
import { checkImportRange } from "@/lib/catalog/stripe/import/check-import-range";
import { importProblemText, refuseImport } from "@/lib/catalog/stripe/import/import-problem";
import { translator } from "@/lib/i18n/translator";

const now = new Date("2026-12-02T14:05:00Z");

describe("an import's refusals", () => {
  it("are answered in English by lib, and worded in the viewer's language from the same code", async () => {
    const problem = checkImportRange({ from: new Date("2026-10-01T00:00:00Z"), to: now, now });
    expect(problem).toEqual({ code: "tooOld", values: { oldest: "2026-11-02 14:05" } });
    if (!problem) return;
    expect(await refuseImport(problem)).toEqual({
      ok: false,
      message: "Stripe keeps events for 30 days only: choose a start after 2026-11-02 14:05 UTC.",
      problem,
    });
    expect(importProblemText({ t: await translator({ locale: "pt-BR" }), problem })).toBe(
      "O Stripe guarda eventos por apenas 30 dias: escolha um início depois de 2026-11-02 14:05 UTC.",
    );
  });

  it("name what to choose for a range that ends before it starts or in the future", async () => {
    const pt = await translator({ locale: "pt-BR" });
    const backwards = checkImportRange({ from: now, to: new Date(now.getTime() - 60_000), now });
    const future = checkImportRange({ from: new Date(now.getTime() - 60_000), to: new Date(now.getTime() + 3_600_000), now });
    expect([backwards, future].map((problem) => problem && importProblemText({ t: pt, problem }))).toEqual([
      "O período precisa terminar depois de começar: escolha um fim posterior ao início.",
      "O período não pode terminar no futuro: escolha um fim até agora.",
    ]);
    expect(checkImportRange({ from: new Date(now.getTime() - 3_600_000), to: now, now })).toBeNull();
  });
});
