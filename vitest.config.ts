import { defineConfig } from "vitest/config";
import { LongestFirst } from "./test/helpers/test-order.js";

// Test files that need a fresh module graph and environment of their own: they mock modules
// (vi.mock), set process-wide state that later files would see (the runner's GITHUB_* files,
// PATH, the schema cache), or check which modules a path loads. Every other file shares its
// worker's module graph with the files run before it in that worker (isolate: false): a worker no
// longer loads src/, the GitHub description and ajv again for each of some 250 files, which
// halved the suite's CPU time (7 min 21 s of CPU against 3 min 35 s, 2,450 tests).
const ISOLATED = [
  "test/engine/runner-load-failure.test.ts",
  "test/hash-fallback.test.ts",
  "test/fs-safe-durable.test.ts",
  "test/action/runner.test.ts",
  "test/action/summary-budget.test.ts",
  "test/action/summary-budget-steps.test.ts",
  "test/action/state-after-failure.test.ts",
  "test/action/bun-install.test.ts",
  "test/state/file-lock-lost.test.ts",
  "test/state/create-state-store.test.ts",
  "test/state/branch-store-partial.test.ts",
  "test/state/artifact-retention.test.ts",
  "test/github/client-clock.test.ts",
  "test/flows/cold-start.test.ts",
  "test/flows/schema-loading.test.ts",
  "test/flows/schema-cache.test.ts",
  // A fresh copy of the runners' module (its wrapper folder is made once per module instance)
  // and TMPDIR changed: in a shared worker an earlier file's copy was still made, and the step ran.
  "test/runners/wrapper-refused.test.ts",
];

// `npm test` runs the unit and integration tests; stress and scale tests (`*.stress.test.ts`)
// run separately with `npm run test:stress` (`.ci/run` runs both).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    setupFiles: ["test/setup/event-scratch.ts", "test/setup/cache-dir.ts", "test/setup/test-pacing.ts", "test/setup/child-env.ts", "test/setup/cpu-log.ts"],
    // Most tests wait on child processes (Bun, git) and local servers, not the CPU. vitest's
    // default (one worker fewer than the cores) ran one file at a time on a 2-core machine:
    // 3 min 6 s there, 1 min 23 s with four workers.
    maxWorkers: 4,
    // Longest first across both projects; files that wait for a build of dist/ after the others
    // while it is stale (test/helpers/test-order.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: { name: "shared", isolate: false, include: ["test/**/*.test.ts"], exclude: ["**/node_modules/**", "test/**/*.stress.test.ts", ...ISOLATED] },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED } },
    ],
  },
});
