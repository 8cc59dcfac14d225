import { describe, expect, it } from "vitest";
import { connectAppSteps } from "@/lib/zaps/connect-app-steps";

describe("connectAppSteps", () => {
  it("asks to connect each app, the trigger app first, until the user has a working connection of it", () => {
    expect(connectAppSteps({ connections: [] })).toEqual([
      { app: "stripe", title: "zaps.gettingStarted.stripe.title", description: "zaps.gettingStarted.stripe.description", done: false },
      { app: "customerio", title: "zaps.gettingStarted.customerio.title", description: "zaps.gettingStarted.customerio.description", done: false },
    ]);
    const done = connectAppSteps({
      connections: [
        { app: "stripe", status: "ERROR" },
        { app: "customerio", status: "ACTIVE" },
      ],
    }).map((step) => [step.app, step.done]);
    expect(done).toEqual([
      ["stripe", false],
      ["customerio", true],
    ]);
  });
});
