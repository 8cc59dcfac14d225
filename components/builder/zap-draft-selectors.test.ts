import { describe, expect, it } from "vitest";
import { problemsAt, stepStateOf } from "@/components/builder/zap-draft-selectors";

const problems = [
  { where: "trigger", message: "Choose a Stripe connection." },
  { where: "a", message: "Choose a connection." },
  { where: "a", message: "Map the person." },
];

describe("problemsAt", () => {
  it.each([
    { where: "a", messages: ["Choose a connection.", "Map the person."] },
    { where: "trigger", messages: ["Choose a Stripe connection."] },
    { where: "b", messages: [] },
  ])("$where → $messages", ({ where, messages }) => {
    expect(problemsAt({ problems }, where)).toEqual(messages);
  });
});

describe("stepStateOf", () => {
  it.each([
    { where: "b", publishAttempted: false, state: "ready" },
    { where: "b", publishAttempted: true, state: "ready" },
    { where: "a", publishAttempted: false, state: "incomplete" },
    { where: "a", publishAttempted: true, state: "error" },
  ])("$where after a publish attempt: $publishAttempted → $state", ({ where, publishAttempted, state }) => {
    expect(stepStateOf({ problems, publishAttempted }, where)).toBe(state);
  });
});
