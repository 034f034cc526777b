import { defineConfig } from "vitest/config";

// Stress and scale tests: many processes, big inputs, minutes of work. `npm run test:stress`.
export default defineConfig({
  test: {
    include: ["test/**/*.stress.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: "forks",
    setupFiles: ["test/setup/event-scratch.ts", "test/setup/cache-dir.ts"],
    fileParallelism: false,
  },
});
