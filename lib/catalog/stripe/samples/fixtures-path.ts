import path from "node:path";
import { projectRoot } from "@/lib/database/project-root";

/** Stripe's fixtures, in the shared folder that sits beside the project (locally and in CI). */
export function fixturesPath(): string {
  return path.join(projectRoot(), "../shared/vendor-data/stripe/fixtures3-subset.json");
}
