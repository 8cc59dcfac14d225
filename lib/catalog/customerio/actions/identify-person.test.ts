import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fieldsSchema } from "@/lib/catalog/field";
import { identifyPerson } from "@/lib/catalog/customerio/actions/identify-person";
import { startCustomerioTestbed, TEST_WORKSPACE, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

const BASIC = `Basic ${Buffer.from(`${TEST_WORKSPACE.siteId}:${TEST_WORKSPACE.trackApiKey}`).toString("base64")}`;

describe("identify_person", () => {
  it("PUTs the person's attributes to /customers/{id} with Basic auth", async () => {
    const output = await testbed.run({
      action: identifyPerson,
      input: {
        personId: "jenny+test@example.com",
        email: "jenny+test@example.com",
        createdAt: "2023-11-14T22:13:20Z",
        attributes: { plan: "pro", seats: 3, trial: false },
      },
    });
    expect(output).toEqual({ personId: "jenny+test@example.com" });
    const [request] = testbed.standIn.requests;
    expect(request).toMatchObject({ method: "PUT", path: "/api/v1/customers/jenny%2Btest%40example.com", status: 200 });
    expect(request?.headers.authorization).toBe(BASIC);
    expect(request?.body).toEqual({ plan: "pro", seats: 3, trial: false, email: "jenny+test@example.com", created_at: 1_700_000_000 });
    expect(testbed.standIn.store().people.get("jenny+test@example.com")).toMatchObject({ plan: "pro", created_at: 1_700_000_000 });
  });

  it.each([
    ["1700000000", 1_700_000_000],
    ["1700000000123", 1_700_000_000],
    [1_700_000_000_123, 1_700_000_000],
    ["2023-11-14T23:13:20+01:00", 1_700_000_000],
  ])("sends created at %s as Unix seconds %s", async (createdAt, seconds) => {
    await testbed.run({ action: identifyPerson, input: { personId: "p1", createdAt } });
    expect(testbed.standIn.requests[0]?.body).toEqual({ created_at: seconds });
  });

  it("lets the email and created at fields win over attributes of the same name", async () => {
    await testbed.run({
      action: identifyPerson,
      input: { personId: "p1", email: "new@example.com", createdAt: 1_700_000_000, attributes: { email: "old@example.com", created_at: 1 } },
    });
    expect(testbed.standIn.requests[0]?.body).toEqual({ email: "new@example.com", created_at: 1_700_000_000 });
  });

  const schema = fieldsSchema(identifyPerson.inputs);
  const many = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`a${i}`, i]));
  it.each([
    { name: "no person", input: {}, message: "Person ID or email is required." },
    { name: "a 151-byte person ID", input: { personId: "x".repeat(151) }, message: "Person ID or email must be at most 150 bytes." },
    {
      name: "a created at that is not a date",
      input: { personId: "p", createdAt: "last tuesday" },
      message: "Created at must be a date like 2024-05-01T12:00:00Z, or a Unix time in seconds or milliseconds.",
    },
    { name: "299 attributes", input: { personId: "p", attributes: many(299) }, message: "Attributes can have at most 298 rows." },
    {
      name: "a 151-byte attribute name",
      input: { personId: "p", attributes: { ["n".repeat(151)]: 1 } },
      message: `Attributes: the name "${"n".repeat(40)}" is longer than 150 bytes.`,
    },
    {
      name: "a 1001-byte attribute value",
      input: { personId: "p", attributes: { note: "v".repeat(1001) } },
      message: 'Attributes: the value of "note" is longer than 1000 bytes.',
    },
  ])("rejects $name before calling Customer.io", ({ input, message }) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it("accepts the documented limits exactly", () => {
    expect(schema.safeParse({ personId: "é".repeat(75), attributes: { ["n".repeat(150)]: "v".repeat(1000), ...many(297) } }).success).toBe(true);
  });
});
