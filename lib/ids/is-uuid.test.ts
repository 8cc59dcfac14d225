import { describe, expect, it } from "vitest";
import { isUuid } from "@/lib/ids/is-uuid";
import { uuidV7 } from "@/lib/ids/uuid-v7";

describe("isUuid", () => {
  it.each([
    ["a version 7 id Conduit makes", uuidV7(), true],
    ["a version 4 id the builder draws", "3f1c2a9e-8b4d-4c6f-9a1e-2b3c4d5e6f70", true],
    ["upper case", "0196A3A0-0000-7000-8000-00000000000A", true],
    ["not an id", "not-an-id", false],
    ["an empty string", "", false],
    ["one character short", "0196a3a0-0000-7000-8000-00000000000", false],
    ["a character that is not hex", "0196a3a0-0000-7000-8000-00000000000g", false],
    ["surrounding spaces", " 0196a3a0-0000-7000-8000-000000000000 ", false],
    ["a SQL fragment after an id", "0196a3a0-0000-7000-8000-000000000000' OR '1'='1", false],
    ["a number", 42, false],
    ["undefined", undefined, false],
  ])("%s", (_name, value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
