import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";
import { englishText, errorUserMessage, plainText, readUserMessage, said, storedErrorText, UserMessageError, userMessageText } from "@/lib/i18n/user-message";

const stepFailed = said("runErrors.run.stepFailed", { step: 2, reason: said("runErrors.run.outageGaveUp", { app: "Customer.io", amount: 23, unit: "h" }) });

describe("user messages", () => {
  it("renders nested messages in English for logs and the error columns", () => {
    expect(englishText(stepFailed)).toBe("Step 2 failed: Customer.io was unreachable for 23 h; gave up. Replay the run once Customer.io answers again.");
    expect(englishText(plainText("Customer.io said: invalid email"))).toBe("Customer.io said: invalid email");
  });

  it("renders the same message in the viewer's language", async () => {
    const t = await translator({ locale: "pt-BR" });
    expect(userMessageText({ message: stepFailed, t })).toBe(
      "A etapa 2 falhou: O Customer.io ficou fora do ar por 23 h; o Conduit desistiu. Reexecute quando o Customer.io voltar a responder.",
    );
  });

  it("shows a stored error in the viewer's language, or its English when the key is unknown or there is none", async () => {
    const t = await translator({ locale: "pt-BR" });
    const stored = JSON.parse(JSON.stringify(stepFailed)) as unknown;
    expect(storedErrorText({ error: "Step 2 failed: …", errorMessage: stored, t })).toMatch(/^A etapa 2 falhou: /);
    expect(storedErrorText({ error: "Written before keys existed.", errorMessage: null, t })).toBe("Written before keys existed.");
    expect(storedErrorText({ error: "English kept.", errorMessage: { key: "runErrors.run.noSuchKey" }, t })).toBe("English kept.");
    expect(
      storedErrorText({ error: "English kept.", errorMessage: said("runErrors.run.stepFailed", { step: 1, reason: { key: "gone.key" } as never }), t }),
    ).toBe("English kept.");
    expect(storedErrorText({ error: null, errorMessage: null, t })).toBeNull();
  });

  it("reads back only what is a message", () => {
    expect(readUserMessage(JSON.parse(JSON.stringify(stepFailed)))).toEqual(stepFailed);
    expect(readUserMessage({ key: 3 })).toBeNull();
    expect(readUserMessage({ key: "runErrors.run.stepFailed", values: { step: [1] } })).toBeNull();
    expect(readUserMessage("Step 2 failed")).toBeNull();
  });

  it("carries a message through an error: English as its message, the key for the viewer", () => {
    const error = new UserMessageError(said("runErrors.run.connectionDeleted"));
    expect(error.message).toBe("The step's connection was deleted: choose another connection and replay.");
    expect(errorUserMessage(error)).toEqual({ key: "runErrors.run.connectionDeleted" });
    expect(errorUserMessage(new Error("ECONNRESET"))).toEqual({ text: "ECONNRESET" });
  });
});
