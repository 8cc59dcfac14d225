import { describe, expect, it } from "vitest";
import { describeFields } from "@/lib/catalog/describe-fields";
import { field, type AnyField } from "@/lib/catalog/field";
import { apps } from "@/lib/catalog/registry";
import { timestampField } from "@/lib/catalog/customerio/timestamp-field";

describe("describeFields", () => {
  it.each([
    {
      name: "a required one-line text",
      field: field.text({ label: "Event name", required: true, help: "What happened.", example: "purchase", maxBytes: 100 }),
      expected: { name: "f", kind: "text", label: "Event name", required: true, help: "What happened.", example: "purchase", multiline: false, maxBytes: 100 },
    },
    {
      name: "an optional multiline text without help",
      field: field.text({ label: "Notes", multiline: true }),
      expected: { name: "f", kind: "text", label: "Notes", required: false, multiline: true },
    },
    {
      name: "a text-drawn custom field (timestamp)",
      field: timestampField({ label: "Created at", example: "2024-05-01T12:00:00Z" }),
      expected: { name: "f", kind: "text", label: "Created at", required: false, example: "2024-05-01T12:00:00Z", multiline: false },
    },
    {
      name: "a whole number with bounds",
      field: field.number({ label: "Segment ID", required: true, integer: true, min: 1, max: 9 }),
      expected: { name: "f", kind: "number", label: "Segment ID", required: true, integer: true, min: 1, max: 9 },
    },
    {
      name: "a boolean with its default",
      field: field.boolean({ label: "Only when paid", default: true }),
      expected: { name: "f", kind: "boolean", label: "Only when paid", required: true, default: true },
    },
    {
      name: "a select with options and default",
      field: field.select({
        label: "Mode",
        options: [
          { value: "live", label: "Live only" },
          { value: "test", label: "Test only" },
        ],
        default: "live",
      }),
      expected: {
        name: "f",
        kind: "select",
        label: "Mode",
        required: false,
        options: [
          { value: "live", label: "Live only" },
          { value: "test", label: "Test only" },
        ],
        default: "live",
      },
    },
    {
      name: "a multi-select",
      field: field.multiSelect({
        label: "Statuses",
        options: [
          { value: "active", label: "Active" },
          { value: "trialing", label: "Trialing" },
        ],
        default: ["active"],
      }),
      expected: {
        name: "f",
        kind: "multiSelect",
        label: "Statuses",
        required: true,
        options: [
          { value: "active", label: "Active" },
          { value: "trialing", label: "Trialing" },
        ],
        default: ["active"],
      },
    },
    {
      name: "key/value rows with limits",
      field: field.keyValue({ label: "Attributes", maxEntries: 298, maxKeyBytes: 150, maxValueBytes: 1000 }),
      expected: { name: "f", kind: "keyValue", label: "Attributes", required: false, maxEntries: 298, maxValueBytes: 1000 },
    },
  ])("describes $name", ({ field: definition, expected }) => {
    expect(describeFields({ f: definition as AnyField })).toStrictEqual([expected]);
  });

  it("keeps declaration order and names", () => {
    const described = describeFields({ b: field.text({ label: "B" }), a: field.number({ label: "A" }) });
    expect(described.map((descriptor) => descriptor.name)).toEqual(["b", "a"]);
  });

  it("says which field it cannot draw", () => {
    const odd = { ...field.text({ label: "Odd" }), kind: "colour" } as AnyField;
    expect(() => describeFields({ shade: odd })).toThrow('The field "shade" has the kind "colour"');
  });

  it("describes every field in the catalog as JSON that survives a round trip", () => {
    const all = apps.flatMap((app) => [
      ...app.triggers.map((trigger) => trigger.options),
      ...app.lookups.map((lookup) => lookup.inputs),
      ...app.actions.map((action) => action.inputs),
    ]);
    expect(all.length).toBeGreaterThan(10);
    for (const fields of all) {
      const described = describeFields(fields);
      expect(described).toHaveLength(Object.keys(fields).length);
      expect(JSON.parse(JSON.stringify(described))).toStrictEqual(described);
    }
  });
});
