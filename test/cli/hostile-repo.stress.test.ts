// Moved from hostile-repo.test.ts: the scale case, flow.toml files of 120,000 and 150,000 bad
// steps checked by a real `flows validate` process.
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { expectNoCrash, flowsProcess, GOOD_STEP, writePackage } from "./hostile-repo-helpers.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-hostile-repo-");
  await writeFlow(repo.dir, { name: "good", steps: [{ name: "s", trigger: "t", source: GOOD_STEP }] });
});
afterEach(async () => {
  await repo.cleanup();
});

describe.skipIf(process.platform === "win32")("a hostile or broken flows/ beside a good package", () => {
  it("a flow.toml of 120,000 steps that are not tables, or 150,000 empty ones, is checked in seconds: 5,000 problems listed, the rest counted", async () => {
    await writePackage(repo.dir, "numbers", `name = "numbers"\nversion = 1\nsteps = [${Array(120_000).fill("1").join(",")}]\n`);
    await writePackage(repo.dir, "empty", `name = "empty"\nversion = 1\nsteps = [${Array(150_000).fill("{}").join(",")}]\n`);
    // ajv gathered the errors of each step quadratically: this took hours.
    const validate = flowsProcess(repo.dir, ["validate"], 60_000);
    expectNoCrash(validate);
    expect(validate.code).toBe(1);
    const lines = validate.err.split("\n");
    expect(lines.filter((line) => line.startsWith("flows/numbers/flow.toml:3:"))).toHaveLength(5_000);
    expect(lines).toContain(
      "flows/numbers/flow.toml: error: 115,000 errors more in this flow.toml are not listed: a flow.toml lists at most 5000 problems. " +
        "Fix the ones above (often one mistake repeated, a section written many times) and check the package again.",
    );
    expect(lines.filter((line) => line.startsWith("flows/empty/flow.toml:3:"))).toHaveLength(5_000);
    expect(lines.find((line) => line.startsWith("flows/empty/flow.toml: error: 145,000 errors more"))).toBeDefined();

    const list = flowsProcess(repo.dir, ["list"], 60_000);
    expectNoCrash(list);
    expect(list.out).toContain("good v1  flows/good\n");
  }, 120_000);
});
