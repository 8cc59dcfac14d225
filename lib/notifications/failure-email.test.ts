import { describe, expect, it } from "vitest";
import { appLink, failureEmail } from "@/lib/notifications/failure-email";

const base = {
  appUrl: "https://conduit.example.com",
  zapId: "0194c0de-0000-7000-8000-000000000001",
  zapName: "Win back",
  runId: "0194c0de-0000-7000-8000-0000000000aa",
  eventType: "invoice.payment_failed",
  error: "Step 2 failed: Customer.io answered 401.",
  count: 1,
  firstFailedAt: new Date("2026-11-27T07:01:30Z"),
  throttleMinutes: 15,
};

describe("failureEmail", () => {
  it("names the zap in the subject and gives the error, the event type and the run's link", async () => {
    const { subject, text } = await failureEmail(base);
    expect(subject).toBe("Conduit: Win back failed");
    expect(text).toContain("Event: invoice.payment_failed\n");
    expect(text).toContain("Error: Step 2 failed: Customer.io answered 401.\n");
    expect(text).toContain(`Run: https://conduit.example.com/runs/${base.runId}\n`);
    expect(text).toContain(`https://conduit.example.com/runs?zapId=${base.zapId}&status=FAILED&mode=live`);
    expect(text).not.toContain("runs of this zap have failed");
  });

  it("counts the failures an email covers when several were held back", async () => {
    expect((await failureEmail({ ...base, count: 12 })).text).toContain("12 runs of this zap have failed since Nov 27, 2026, 7:01 AM UTC (this one included).");
  });

  it("is in the recipient's language: Portuguese, with the date as Brazil writes it", async () => {
    const { subject, text } = await failureEmail({ ...base, count: 12, locale: "pt-BR" });
    expect(subject).toBe("Conduit: Win back falhou");
    expect(text).toContain('Uma execução do zap "Win back" falhou e não será tentada de novo.\n');
    expect(text).toContain("Evento: invoice.payment_failed\n");
    expect(text).toContain(`Execução: https://conduit.example.com/runs/${base.runId}\n`);
    expect(text).toContain("12 execuções deste zap falharam desde 27 de nov. de 2026, 07:01 UTC (incluindo esta).");
    expect(text).toContain("a cada 15 minutos");
    expect(text).not.toMatch(/^(Event|Error|Run|All failed runs):/m);
  });

  it.each([
    ["line breaks in the zap name", "Win\r\nBcc: everyone@example.com", "Conduit: Win Bcc: everyone@example.com failed"],
    ["an empty zap name", "  ", "Conduit: A zap failed"],
  ])("keeps the subject to one line with %s", async (_case, zapName, subject) => {
    expect((await failureEmail({ ...base, zapName })).subject).toBe(subject);
  });

  it("says so when no error was recorded", async () => {
    expect((await failureEmail({ ...base, error: null })).text).toContain("Error: no error message was recorded\n");
  });
});

describe("appLink", () => {
  it.each([
    ["https://conduit.example.com", "https://conduit.example.com/runs/1"],
    ["https://conduit.example.com/", "https://conduit.example.com/runs/1"],
    ["https://example.com/conduit/", "https://example.com/conduit/runs/1"],
  ])("joins %s and a path", (appUrl, link) => {
    expect(appLink({ appUrl, path: "/runs/1" })).toBe(link);
  });
});
