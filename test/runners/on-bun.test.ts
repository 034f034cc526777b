import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BUN_PATH } from "./helpers.js";

// On Bun (the `flows` command) steps are supervised with Bun.spawn (src/runners/process-bun.ts),
// on Node (the action) with node:child_process. The runner's tests run under Bun's test runner
// as well, so both keep the same contract: process groups, timeouts, cancel, stdin, output,
// stragglers, the module wrapper, and no step before its record. (`npm run test:bun` runs more.)
describe("the step runner on Bun", () => {
  it("passes the supervision and record-write tests under `bun test` (all of them: npm run test:bun)", () => {
    const files = [
      "test/runners/process-stdin.test.ts",
      "test/runners/bun-raw.test.ts",
      "test/runners/limits.test.ts",
      "test/runners/module-style.test.ts",
      "test/engine/dispatch-writes.test.ts",
    ];
    // Each test gets the time vitest gives it (vitest.config.ts: 30 s), not bun test's 5 s: the
    // ~55 MB output test took 5.15 s at a load of 24 on two cores, and failed the whole run.
    const run = spawnSync(BUN_PATH, ["test", "--timeout", "30000", ...files], { encoding: "utf8", timeout: 170_000 });
    const report = `${run.stdout}\n${run.stderr}`;
    expect(report).toMatch(/\b0 fail\b/);
    expect(run.status, report.slice(-4000)).toBe(0);
  }, 180_000);
});
