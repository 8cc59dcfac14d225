import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: `${root}` }] },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.git/**", ".next*/**", "e2e/**", "lib/generated/**"],
    globalSetup: ["test/vitest-global-setup.ts"],
    // Integration tests create databases and run Prisma's diff; generous, not a retry budget.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for background work (emails, queued runs); its 1 s default fails on a busy
    // 2-core CI machine although the work arrives. A poll still ends as soon as it holds.
    expect: { poll: { timeout: 15_000 } },
  },
});
