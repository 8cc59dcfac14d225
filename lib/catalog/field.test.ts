import { describe, expect, expectTypeOf, it } from "vitest";
import { field, fieldsSchema, type InputOf } from "@/lib/catalog/field";

const fields = {
  personId: field.text({ label: "Person ID", required: true, maxBytes: 150 }),
  note: field.text({ label: "Note" }),
  amount: field.number({ label: "Amount", integer: true, min: 0 }),
  notify: field.boolean({ label: "Notify", default: true }),
  region: field.select({
    label: "Region",
    options: [
      { value: "us", label: "US" },
      { value: "eu", label: "EU" },
    ],
    default: "us",
  }),
  statuses: field.multiSelect({
    label: "Statuses",
    options: [
      { value: "active", label: "Active" },
      { value: "trialing", label: "Trialing" },
      { value: "past_due", label: "Past due" },
    ],
    default: ["active", "trialing"],
  }),
  attributes: field.keyValue({ label: "Attributes", maxEntries: 2, maxValueBytes: 5 }),
};
const schema = fieldsSchema(fields);

function issues(input: Record<string, unknown>): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("field builders", () => {
  it("infer the input type from the declaration", () => {
    expectTypeOf<InputOf<typeof fields>>().toEqualTypeOf<{
      personId: string;
      note: string | undefined;
      amount: number | undefined;
      notify: boolean;
      region: "us" | "eu" | undefined;
      statuses: ("active" | "trialing" | "past_due")[];
      attributes: Record<string, string | number | boolean | null> | undefined;
    }>();
  });

  it("accept the strings rendered templates produce, and fill defaults", () => {
    expect(schema.parse({ personId: " cus_123 ", amount: "42", notify: "no", region: "", statuses: "active, past_due", attributes: { plan: "pro" } })).toEqual({
      personId: "cus_123",
      note: undefined,
      amount: 42,
      notify: false,
      region: "us",
      statuses: ["active", "past_due"],
      attributes: { plan: "pro" },
    });
    expect(schema.parse({ personId: "x" })).toMatchObject({ notify: true, statuses: ["active", "trialing"], region: "us" });
  });

  it.each([
    [{}, ["Person ID is required."]],
    [{ personId: "" }, ["Person ID is required."]],
    [{ personId: "  \n " }, ["Person ID is required."]],
    [{ personId: "x".repeat(151) }, ["Person ID must be at most 150 bytes."]],
    [{ personId: "x", amount: "lots" }, ["Amount must be a number."]],
    [{ personId: "x", amount: "1.5" }, ["Amount must be a whole number."]],
    [{ personId: "x", amount: -1 }, ["Amount must be at least 0."]],
    [{ personId: "x", notify: "maybe" }, ["Notify must be yes or no."]],
    [{ personId: "x", region: "apac" }, ["Region must be one of: us, eu."]],
    [{ personId: "x", statuses: ["canceled"] }, ["Statuses must only contain: active, trialing, past_due."]],
    [{ personId: "x", attributes: { a: "1", b: "2", c: "3" } }, ["Attributes can have at most 2 rows."]],
    [{ personId: "x", attributes: { a: "too long" } }, ['Attributes: the value of "a" is longer than 5 bytes.']],
  ])("explain what is wrong with %j", (input, expected) => {
    expect(issues(input)).toEqual(expected);
  });
});
