// Every formatter the renderer knows has its name and description in the messages, and the English
// ones say what lib/mapping/formatters.ts says.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { FORMATTER_TEXT } from "@/lib/mapping/formatter-text";
import { FORMATTERS } from "@/lib/mapping/formatters";
import en from "@/messages/en.json";

describe("FORMATTER_TEXT", () => {
  it("covers exactly the formatters", () => {
    expect(Object.keys(FORMATTER_TEXT).sort()).toEqual(Object.keys(FORMATTERS).sort());
  });

  it("gives each formatter its English label and description", () => {
    const t = createTranslator({ locale: "en", messages: en });
    for (const [name, formatter] of Object.entries(FORMATTERS)) {
      const text = FORMATTER_TEXT[name];
      expect(text && { label: t(text.label), description: t(text.description) }, name).toEqual({ label: formatter.label, description: formatter.description });
    }
  });
});
