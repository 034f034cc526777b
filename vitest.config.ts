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
    setupFiles: ["test/setup/event-scratch.ts", "test/setup/cache-dir.ts"],
    // Most tests wait on child processes (Bun, git) and local servers, not the CPU. vitest's
    // default (one worker fewer than the cores) ran one file at a time on a 2-core machine:
    // 3 min 6 s there, 1 min 23 s with four workers.
    maxWorkers: 4,
  },
});
