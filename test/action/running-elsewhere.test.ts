import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { stepThatWaits, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { runDistAction } from "../helpers/run-action.js";
import { runInProcess } from "../helpers/run-in-process.js";

// Two jobs of a self-hosted runner share a file store, and the same delivery reaches both (a
// re-run while the first still runs, or two workflows on one event). The second finds the
// step running in the first and does not start it beside it.

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const push = examples.find((group) => group.name === "push")?.examples[0] as Record<string, unknown>;

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);
beforeEach(async () => {
  repo = await tempRepo("flows-running-elsewhere-");
});
afterEach(async () => {
  await writeFile(join(repo.dir, "release"), "");
  await repo.cleanup();
});

describe("a delivery whose step another job is running (file state)", () => {
  it("is not run beside it: matched 0, already-handled 1, and the log says who runs it", async () => {
    const release = join(repo.dir, "release");
    const started = join(repo.dir, "started");
    await writeFlow(repo.dir, {
      name: "slow",
      steps: [
        {
          name: "s",
          trigger: "push",
          source: stepThatWaits({ started, release }),
        },
      ],
    });
    const first = runDistAction({ workspace: repo.dir, eventName: "push", payload: push, inputs: { checks: "off", comment: "off" } });
    for (const deadline = Date.now() + 15_000; !existsSync(started); ) {
      if (Date.now() > deadline) throw new Error("the first job's step never started");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const second = await runInProcess({ workspace: repo.dir, eventName: "push", payload: push, env: { GITHUB_RUN_ATTEMPT: "2" } });
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs).toMatchObject({ matched: "0", "already-handled": "1" });
    expect(second.stdout).not.toContain("::group::slow/s");
    expect(second.stdout).toMatch(/::warning title=flows-action,file=flows\/slow\/flow\.toml::step "s" of flow "slow" is running for event "github:push:\S+" in another dispatch \(attempt 1 since .*pid \d+ on /);
    expect(second.stdout).toContain("slow/s (running) is running in another dispatch, which records how it ends; not started beside it.");
    expect(second.summary).toContain("running (in another dispatch)");

    await writeFile(release, "");
    const ended = await first;
    expect(ended.code, ended.stdout).toBe(0);
    expect(ended.outputs).toMatchObject({ matched: "1" });
  }, 30_000);
});
