import { describe, expect, it } from "vitest";
import { FORMATTERS } from "@/lib/mapping/formatters";
import { TemplateError } from "@/lib/mapping/parse-template";

const format = (name: string, value: unknown, arg?: unknown, inText = false) => FORMATTERS[name]!.format(value, arg, { inText });

describe("typed formatters", () => {
  it.each([
    // Stripe's minor units to a decimal number, by the currency's decimals.
    ["amount", 10700, "usd", 107],
    ["amount", 2599, "eur", 25.99],
    ["amount", "2599", undefined, 25.99],
    ["amount", 12345, "jpy", 12345],
    ["amount", 12345, "JPY", 12345],
    ["amount", 500, "krw", 500],
    ["amount", 12345, "kwd", 12.345],
    ["amount", 1, "bhd", 0.001],
    ["amount", -1050, "usd", -10.5],
    ["number", "107", undefined, 107],
    ["number", " 25.99 ", undefined, 25.99],
    ["number", 3, undefined, 3],
    ["number", "1,234.50", undefined, 1234.5],
    ["number", "-1,000", undefined, -1000],
    ["number", "1e3", undefined, 1000],
    ["number", "   ", undefined, "   "],
    ["round", 25.987, "2", 25.99],
    ["round", 1.005, "2", 1.01],
    ["round", 25.5, undefined, 26],
    ["round", "-2.5", "", -3],
    ["round", 1e-7, "2", 0],
    ["boolean", "yes", undefined, true],
    ["boolean", " TRUE ", undefined, true],
    ["boolean", "off", undefined, false],
    ["boolean", 0, undefined, false],
    ["boolean", false, undefined, false],
    ["unix", "2026-11-27T07:01:20Z", undefined, 1795762880],
    ["unix", "2026-11-27", undefined, 1795737600],
    ["unix", 1795762880123, undefined, 1795762880],
    ["unix", 1795762880, undefined, 1795762880],
  ])("%s(%j, %j) → %j", (name, value, arg, expected) => {
    const result = format(name, value, arg);
    expect(result).toBe(expected);
    expect(typeof result).toBe(typeof expected);
  });

  it("keeps amounts written with their decimals inside text, and money as text", () => {
    expect(format("amount", 2000, "usd", true)).toBe("20.00");
    expect(format("amount", 12345, "jpy", true)).toBe("12345");
    expect(format("amount", 12345, "kwd", true)).toBe("12.345");
    expect(format("money", 10700, "usd")).toBe("$107.00");
    expect(format("money", 12345, "jpy")).toBe("¥12,345");
  });

  it.each(["amount", "number", "round", "boolean", "unix"])("%s leaves an empty value empty", (name) => {
    expect(format(name, undefined)).toBeUndefined();
    expect(format(name, null)).toBeNull();
    expect(format(name, "")).toBe("");
  });

  it.each([
    [
      "amount",
      "twelve",
      undefined,
      'Amount in cents → decimal number needs a number, but the value is "twelve": pick a numeric field or remove the formatter.',
    ],
    ["amount", { total: 1 }, "usd", "Amount in cents → decimal number needs a number, but the value is 1 field: pick a numeric field or remove the formatter."],
    ["number", "1,23", undefined, 'Text → number needs a number, but the value is "1,23": pick a numeric field or remove the formatter.'],
    ["number", "0x10", undefined, 'Text → number needs a number, but the value is "0x10": pick a numeric field or remove the formatter.'],
    ["number", true, undefined, "Text → number needs a number, but the value is true: pick a numeric field or remove the formatter."],
    ["round", "abc", "2", 'Round a number needs a number, but the value is "abc": pick a numeric field or remove the formatter.'],
    ["round", 2.5, "two", 'Round a number takes a whole number of decimals from 0 to 10, not "two".'],
    ["boolean", "maybe", undefined, 'Text → true/false needs true, false, yes, no, 1, 0, on or off, but the value is "maybe".'],
    ["unix", "next tuesday", undefined, 'Date → Unix time needs a date like 2026-11-27T07:01:20Z or a Unix time, but the value is "next tuesday".'],
    ["unix", "2026-02-31", undefined, 'Date → Unix time needs a date like 2026-11-27T07:01:20Z or a Unix time, but the value is "2026-02-31".'],
  ])("%s refuses %j with a message that says what to do", (name, value, arg, message) => {
    expect(() => format(name, value, arg)).toThrow(TemplateError);
    expect(() => format(name, value, arg)).toThrow(message);
  });

  it("says what each gives", () => {
    expect(Object.fromEntries(Object.entries(FORMATTERS).map(([name, formatter]) => [name, formatter.output]))).toMatchObject({
      amount: "number",
      number: "number",
      round: "number",
      boolean: "boolean",
      unix: "number",
      money: "text",
      date: "text",
    });
  });
});
