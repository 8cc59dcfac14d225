import { describe, expect, it } from "vitest";
import { compareCatalogs } from "@/lib/database/compare-catalogs";

const base = {
  "enum RunStatus": "'QUEUED', 'RUNNING'",
  "table Run": "table",
  "column Run.id": "uuid NOT NULL",
  "column Run.status": `"RunStatus" NOT NULL DEFAULT 'QUEUED'::"RunStatus"`,
  "index Run.Run_pkey": `CREATE UNIQUE INDEX "Run_pkey" ON public."Run" USING btree (id)`,
  "constraint Run.Run_zapId_fkey": `FOREIGN KEY ("zapId") REFERENCES "Zap"(id) ON UPDATE CASCADE ON DELETE CASCADE`,
};

describe("compareCatalogs", () => {
  it("finds no differences between equal catalogs, whatever their key order", () => {
    const reversed = Object.fromEntries(Object.entries(base).reverse());
    expect(compareCatalogs({ actual: base, expected: reversed })).toEqual([]);
  });

  it.each([
    ["a changed column type", { "column Run.id": "text NOT NULL" }, "column Run.id — migrations: text NOT NULL; schema.prisma: uuid NOT NULL"],
    ["a dropped NOT NULL", { "column Run.id": "uuid NULL" }, "column Run.id — migrations: uuid NULL; schema.prisma: uuid NOT NULL"],
    [
      "an extra enum value",
      { "enum RunStatus": "'QUEUED', 'RUNNING', 'FAILED'" },
      "enum RunStatus — migrations: 'QUEUED', 'RUNNING', 'FAILED'; schema.prisma: 'QUEUED', 'RUNNING'",
    ],
    [
      "a different on-delete action",
      { "constraint Run.Run_zapId_fkey": `FOREIGN KEY ("zapId") REFERENCES "Zap"(id) ON UPDATE CASCADE ON DELETE RESTRICT` },
      `constraint Run.Run_zapId_fkey — migrations: FOREIGN KEY ("zapId") REFERENCES "Zap"(id) ON UPDATE CASCADE ON DELETE RESTRICT; schema.prisma: FOREIGN KEY ("zapId") REFERENCES "Zap"(id) ON UPDATE CASCADE ON DELETE CASCADE`,
    ],
    ["a table only the migrations create", { "table Extra": "table" }, "table Extra — migrations: table; schema.prisma: (none)"],
  ])("reports %s", (_, change, message) => {
    expect(compareCatalogs({ actual: { ...base, ...change }, expected: base, actualLabel: "migrations", expectedLabel: "schema.prisma" })).toEqual([message]);
  });

  it("reports what the actual side lacks", () => {
    const withoutIndex: Record<string, string> = { ...base };
    delete withoutIndex["index Run.Run_pkey"];
    expect(compareCatalogs({ actual: withoutIndex, expected: base })).toEqual([
      `index Run.Run_pkey — actual: (none); expected: CREATE UNIQUE INDEX "Run_pkey" ON public."Run" USING btree (id)`,
    ]);
  });
});
