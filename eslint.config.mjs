import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  {
    // Translated files (README, "Languages"): their text comes from messages/*.json through t(). Add
    // each file here once it is translated.
    files: [
      "app/layout.tsx",
      "app/not-found.tsx",
      "app/(auth)/**/*.tsx",
      "app/(dashboard)/layout.tsx",
      "app/(dashboard)/account/**/*.tsx",
      "components/auth/**/*.tsx",
      "components/account/**/*.tsx",
      "components/shell/**/*.tsx",
      "components/i18n/**/*.tsx",
      "components/demo/demo-notice.tsx",
      "components/notifications/failed-runs-badge.tsx",
    ],
    rules: { "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: [" ", "Conduit", "99+"] }] },
  },
]);
