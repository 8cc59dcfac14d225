import { describe, expect, it } from "vitest";
import { sampleFromOutputFields } from "@/lib/zaps/sample-from-output-fields";

describe("sampleFromOutputFields", () => {
  it.each([
    { name: "flat", fields: [{ path: "count", example: 3 }], sample: { count: 3 } },
    {
      name: "nested",
      fields: [
        { path: "a.b", example: "x" },
        { path: "a.c", example: 1 },
      ],
      sample: { a: { b: "x", c: 1 } },
    },
    { name: "no example", fields: [{ path: "id" }], sample: { id: null } },
    {
      name: "a parent listed after a child keeps the child",
      fields: [
        { path: "a.b", example: 1 },
        { path: "a", example: "scalar" },
      ],
      sample: { a: { b: 1 } },
    },
    {
      name: "a child listed after a scalar parent replaces it",
      fields: [
        { path: "a", example: "scalar" },
        { path: "a.b", example: 1 },
      ],
      sample: { a: { b: 1 } },
    },
  ])("$name", ({ fields, sample }) => {
    expect(sampleFromOutputFields({ fields: fields.map((field) => ({ label: field.path, type: "string" as const, ...field })) })).toEqual(sample);
  });
});
