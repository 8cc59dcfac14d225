// Checks the environment before `next start` in production (npm run start:web, the container), so
// a missing or malformed variable stops start-up with a message naming it, not a failing request.
import { EnvError, parseEnv } from "@/lib/env";

try {
  parseEnv(process.env);
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
