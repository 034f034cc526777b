import { defineConfig } from "vitest/config";

// `npm test` runs the unit and integration tests; stress and scale tests (`*.stress.test.ts`)
// run separately with `npm run test:stress` (`.ci/run` runs both).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "test/**/*.stress.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
  },
});
