import path from "node:path";
import { projectRoot } from "@/lib/database/project-root";

/**
 * Stripe's own example objects (github.com/stripe/openapi fixtures3.json, the subset selected in
 * shared/vendor-data), copied into the repo unchanged so a fresh clone's tests need nothing beside
 * it. fixtures-copy.test.ts checks the copy still equals shared/ wherever shared/ is present.
 */
export function fixturesPath(): string {
  return path.join(projectRoot(), "lib/catalog/stripe/samples/vendor/fixtures3-subset.json");
}

/** Where the shared copy lives (beside the project, locally and in CI). */
export function sharedFixturesPath(): string {
  return path.join(projectRoot(), "../shared/vendor-data/stripe/fixtures3-subset.json");
}
