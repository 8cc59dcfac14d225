import { describe, expect, it } from "vitest";
import { sentRequest } from "@/lib/http/sent-request";

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("sentRequest", () => {
  it.each([
    ["Authorization", basic("site-123", "track-key-abcd1234"), "Basic ••••1234"],
    ["Authorization", "Bearer sk_test_51MoRdlLgUG5tbmjcSecret0001", "Bearer ••••0001"],
    ["authorization", "Bearer app-key-9876wxyz", "Bearer ••••wxyz"],
    // Four characters of a short key would give away too much of it.
    ["Authorization", basic("site", "short-key"), "Basic ••••"],
    ["Authorization", "Bearer tiny", "Bearer ••••"],
    ["X-Api-Key", "key_live_0123456789abcdef", "••••cdef"],
    ["Stripe-Signature", "t=1,v1=abcdef0123456789", "••••6789"],
    ["Content-Type", "application/json", "application/json"],
  ])("shows %s %j as %j", (name, value, shown) => {
    expect(sentRequest({ method: "post", url: "https://track.customer.io/api/v1/customers/1", headers: { [name]: value }, body: null }).headers).toEqual({
      [name]: shown,
    });
  });

  it("never keeps the secret itself", () => {
    const secret = "track-key-abcd1234";
    const recorded = sentRequest({ method: "PUT", url: "https://x.test/", headers: { Authorization: basic("site", secret) }, body: "{}" });
    expect(JSON.stringify(recorded)).not.toContain(secret);
    expect(JSON.stringify(recorded)).not.toContain(Buffer.from(`site:${secret}`).toString("base64"));
  });

  it("keeps method, URL, header order and numbers as sent, and parses a JSON body", () => {
    const recorded = sentRequest({
      method: "put",
      url: "https://track.customer.io/api/v1/customers/cus_1",
      headers: { "Content-Type": "application/json", "Content-Length": 13, Accept: ["a", "b"], Skipped: undefined },
      body: '{"plan":"pro"}',
    });
    expect(recorded).toEqual({
      method: "PUT",
      url: "https://track.customer.io/api/v1/customers/cus_1",
      headers: { "Content-Type": "application/json", "Content-Length": "13", Accept: "a, b" },
      body: { plan: "pro" },
    });
    expect(Object.keys(recorded.headers)).toEqual(["Content-Type", "Content-Length", "Accept"]);
  });

  it.each([
    ["email=a%40b.test&limit=1", "email=a%40b.test&limit=1"],
    ["", null],
    [null, null],
    [undefined, null],
    ["[1,2]", [1, 2]],
  ])("records the body %j as %j", (body, recorded) => {
    expect(sentRequest({ method: "GET", url: "https://x.test/", headers: {}, body }).body).toEqual(recorded);
  });
});
