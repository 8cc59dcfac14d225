import { describe, expect, it } from "vitest";
import { insertToken } from "@/lib/mapping/insert-token";
import { joinSegments } from "@/lib/mapping/join-segments";
import { parseTemplate, type FormatterCall, type TemplatePart } from "@/lib/mapping/parse-template";
import { removeToken } from "@/lib/mapping/remove-token";
import { templateSegments } from "@/lib/mapping/template-segments";
import { tokenSource } from "@/lib/mapping/token-source";

/** Segments in short form: text as a string, a token as [path, ...formatter names with args]. */
function shape(segments: TemplatePart[]): (string | string[])[] {
  return segments.map((segment) =>
    segment.type === "text"
      ? segment.text
      : [
          segment.path,
          ...segment.formatters.map((call) =>
            call.arg === undefined ? call.name : `${call.name}:${"literal" in call.arg ? `"${call.arg.literal}"` : call.arg.path}`,
          ),
        ],
  );
}

describe("templateSegments", () => {
  it.each<[string, (string | string[])[]]>([
    ["", [""]],
    ["plain text", ["plain text"]],
    ["{{trigger.id}}", ["", ["trigger.id"], ""]],
    ["Hello {{trigger.customer_details.name}}!", ["Hello ", ["trigger.customer_details.name"], "!"]],
    ["{{trigger.a}}{{trigger.b}}", ["", ["trigger.a"], "", ["trigger.b"], ""]],
    ["{{ trigger.amount_paid | amount:trigger.currency }}", ["", ["trigger.amount_paid", "amount:trigger.currency"], ""]],
    ['{{trigger.x | default:"a|b:c }" | upper}}', ["", ["trigger.x", 'default:"a|b:c }"', "upper"], ""]],
    ['{{trigger.$event.id}} / {{steps.lookup.total | money:"usd"}}', ["", ["trigger.$event.id"], " / ", ["steps.lookup.total", 'money:"usd"'], ""]],
    // Unknown formatters are still tokens: the preview reports them, the editor keeps them.
    ["{{trigger.a | sparkle}}", ["", ["trigger.a", "sparkle"], ""]],
    // Odd input stays text, exactly as typed.
    ["Price {{", ["Price {{"]],
    ["{{trigger.id", ["{{trigger.id"]],
    ["trigger.id}}", ["trigger.id}}"]],
    ["{{ }}", ["{{ }}"]],
    ["{{not a path}} and {{trigger.id}}", ["{{not a path}} and ", ["trigger.id"], ""]],
    ['{{trigger.a | default:"open}}', ['{{trigger.a | default:"open}}']],
    ["a {{ b {{trigger.id}} c", ["a {{ b ", ["trigger.id"], " c"]],
    ["{{{trigger.id}}}", ["{", ["trigger.id"], "}"]],
    ["}}{{trigger.id}}{{", ["}}", ["trigger.id"], "{{"]],
  ])("%j", (template, expected) => {
    const segments = templateSegments({ template });
    expect(shape(segments)).toEqual(expected);
    expect(joinSegments({ segments })).toBe(template);
  });

  it("alternates text and tokens and gives back any template unchanged", () => {
    // A deterministic pseudo-random walk over characters that matter to the syntax.
    const alphabet = ["{{", "}}", "{", "}", "|", ":", '"', "\\", " ", "trigger.", "a", "x.y", "upper", "default", "\n", "é"];
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let run = 0; run < 2000; run += 1) {
      const length = next() % 14;
      const template = Array.from({ length }, () => alphabet[next() % alphabet.length]).join("");
      const segments = templateSegments({ template });
      expect(joinSegments({ segments }), template).toBe(template);
      segments.forEach((segment, index) => expect(segment.type, template).toBe(index % 2 === 0 ? "text" : "token"));
    }
  });

  it("reads tokens exactly as the renderer does when the template is valid", () => {
    const template = 'Hi {{ trigger.name | default:"there" | upper }}, you owe {{trigger.due | money:trigger.currency}}.';
    const tokens = templateSegments({ template }).filter((segment) => segment.type === "token");
    expect(tokens).toEqual(parseTemplate(template).filter((part) => part.type === "token"));
  });
});

describe("tokenSource", () => {
  it.each<[string, FormatterCall[], string]>([
    ["trigger.id", [], "trigger.id"],
    ["trigger.amount_paid", [{ name: "amount", arg: { path: "trigger.currency" } }], "trigger.amount_paid | amount:trigger.currency"],
    ["trigger.created", [{ name: "date", arg: { literal: "day" } }], 'trigger.created | date:"day"'],
    ["trigger.name", [{ name: "default", arg: { literal: "there" } }, { name: "upper" }], 'trigger.name | default:"there" | upper'],
    ["trigger.name", [{ name: "default", arg: { literal: 'say "hi" \\ {{x}} | a:b' } }], 'trigger.name | default:"say \\"hi\\" \\\\ \\{\\{x\\}\\} | a:b"'],
    ["trigger.name", [{ name: "default", arg: { literal: "" } }], 'trigger.name | default:""'],
  ])("%s with %j", (path, formatters, expected) => {
    const source = tokenSource({ path, formatters });
    expect(source).toBe(expected);
    // What it writes parses back to the same path and formatters, and stays one token.
    const segments = templateSegments({ template: `a{{${source}}}b` });
    expect(segments).toHaveLength(3);
    expect(segments[1]).toEqual({ type: "token", path, formatters, source });
    expect(parseTemplate(`{{${source}}}`)).toEqual([{ type: "token", path, formatters, source }]);
  });
});

describe("insertToken and removeToken", () => {
  const template = "Hello {{trigger.name}}!";
  const segments = templateSegments({ template });

  it.each([
    { index: 0, offset: 0, expected: "{{trigger.id}}Hello {{trigger.name}}!" },
    { index: 0, offset: 5, expected: "Hello{{trigger.id}} {{trigger.name}}!" },
    { index: 0, offset: 99, expected: "Hello {{trigger.id}}{{trigger.name}}!" },
    { index: 2, offset: 0, expected: "Hello {{trigger.name}}{{trigger.id}}!" },
    { index: 2, offset: 1, expected: "Hello {{trigger.name}}!{{trigger.id}}" },
  ])("inserts into text $index at $offset", ({ index, offset, expected }) => {
    const inserted = insertToken({ segments, index, offset, path: "trigger.id" });
    expect(joinSegments({ segments: inserted })).toBe(expected);
    expect(inserted).toEqual(templateSegments({ template: expected }));
  });

  it("refuses to insert into a token", () => {
    expect(() => insertToken({ segments, index: 1, offset: 0, path: "trigger.id" })).toThrow("Segment 1 is not text");
  });

  it.each([
    { template: "Hello {{trigger.name}}!", index: 1, expected: "Hello !" },
    { template: "{{trigger.a}}{{trigger.b}}", index: 1, expected: "{{trigger.b}}" },
    { template: "{{trigger.a}}{{trigger.b}}", index: 3, expected: "{{trigger.a}}" },
    { template: "a {{ b {{trigger.id}} c", index: 1, expected: "a {{ b  c" },
  ])("removes token $index of $template and keeps the text around it", ({ template: source, index, expected }) => {
    const removed = removeToken({ segments: templateSegments({ template: source }), index });
    expect(joinSegments({ segments: removed })).toBe(expected);
    removed.forEach((segment, position) => expect(segment.type).toBe(position % 2 === 0 ? "text" : "token"));
  });

  it("refuses to remove text", () => {
    expect(() => removeToken({ segments, index: 0 })).toThrow("Segment 0 is not a token");
  });
});
