import { describe, expect, it } from "vitest";
import { curlCommand } from "@/lib/http/curl-command";

describe("curlCommand", () => {
  it("writes method, URL, headers (not the ones curl computes) and the body, quoted for a POSIX shell", () => {
    const command = curlCommand({
      request: {
        method: "POST",
        url: "https://track.customer.io/api/v1/customers/o'brien/events",
        headers: { Authorization: "Basic ••••1234", "Content-Type": "application/json", "Content-Length": "30" },
        body: { name: "paid", data: { note: "it's done" } },
      },
    });
    expect(command).toBe(
      [
        `curl -X POST 'https://track.customer.io/api/v1/customers/o'\\''brien/events'`,
        `-H 'Authorization: Basic ••••1234'`,
        `-H 'Content-Type: application/json'`,
        `--data-raw '{"name":"paid","data":{"note":"it'\\''s done"}}'`,
      ].join(" \\\n  "),
    );
  });

  it("sends a text body as it is and leaves out an empty one", () => {
    expect(curlCommand({ request: { method: "POST", url: "https://api.stripe.com/v1/x", headers: {}, body: "a=1&b=2" } })).toBe(
      "curl -X POST 'https://api.stripe.com/v1/x' \\\n  --data-raw 'a=1&b=2'",
    );
    expect(curlCommand({ request: { method: "GET", url: "https://api.stripe.com/v1/x", headers: {}, body: null } })).toBe(
      "curl -X GET 'https://api.stripe.com/v1/x'",
    );
  });
});
