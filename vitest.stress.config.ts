import { defineConfig } from "vitest/config";

// Stress and scale tests: many processes, big inputs, minutes of work. `npm run test:stress`.
export default defineConfig({
  test: {
    include: ["test/**/*.stress.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: "forks",
    // test-pacing: GitHub writes unspaced and quick backend polls against the local fakes, as in `npm test`
    // (several stress files were moved out of it and expect that).
    setupFiles: ["test/setup/event-scratch.ts", "test/setup/cache-dir.ts", "test/setup/test-pacing.ts", "test/setup/child-env.ts", "test/setup/cpu-log.ts"],
    fileParallelism: false,
  },
});
