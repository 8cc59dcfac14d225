// Writes the trigger samples from Stripe's fixtures: npx tsx tools/build-stripe-samples.ts
// Each recipe in lib/catalog/stripe/samples/recipes documents its overrides; samples.test.ts checks
// the files match this output.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSampleEvents } from "@/lib/catalog/stripe/samples/build-sample-events";
import { fixturesPath } from "@/lib/catalog/stripe/samples/fixtures-path";
import { readFixtureResources } from "@/lib/catalog/stripe/samples/fixture-resources";
import { sampleJson } from "@/lib/catalog/stripe/samples/sample-json";

const folder = fileURLToPath(new URL("../lib/catalog/stripe/samples/", import.meta.url));
for (const { type, event } of buildSampleEvents(readFixtureResources(fixturesPath()))) {
  writeFileSync(path.join(folder, `${type}.json`), sampleJson(event));
  console.log(`wrote ${type}.json`);
}
