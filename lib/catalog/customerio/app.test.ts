import { describe, expect, it } from "vitest";
import { fieldsSchema } from "@/lib/catalog/field";
import { customerioApp } from "@/lib/catalog/customerio/app";

describe("customerioApp", () => {
  it("lists every Customer.io action under its persisted key", () => {
    expect(customerioApp.key).toBe("customerio");
    expect(customerioApp.actions.map((action) => action.key)).toEqual([
      "identify_person",
      "track_event",
      "track_anonymous_event",
      "add_to_segment",
      "remove_from_segment",
      "delete_person",
      "unsubscribe_person",
      "send_transactional_email",
    ]);
  });

  it.each(customerioApp.actions.map((action) => ({ key: action.key, action })))(
    "$key is described for people and its examples are valid input",
    ({ action }) => {
      expect(action.name).not.toBe("");
      expect(action.description).toMatch(/^[A-Z].{20,140}\.$/);
      expect(action.outputFields.length).toBeGreaterThan(0);
      for (const field of Object.values(action.inputs)) {
        expect(field.label).not.toBe("");
        expect(field.help ?? "").not.toBe("");
      }
      const examples = Object.fromEntries(Object.entries(action.inputs).map(([key, field]) => [key, field.kind === "keyValue" ? undefined : field.example]));
      expect(fieldsSchema(action.inputs).safeParse(examples).error?.issues ?? []).toEqual([]);
    },
  );
});
