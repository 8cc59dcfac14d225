import { describe, expect, it } from "vitest";
import { z } from "zod";
import { newZapId } from "@/components/builder/new-zap-id";

describe("newZapId", () => {
  it("draws a v4 UUID that the server's zap id check accepts, different every time", () => {
    const ids = Array.from({ length: 1000 }, () => newZapId());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(z.uuid().safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
