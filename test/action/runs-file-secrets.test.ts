import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// The reusable workflow's run-step jobs write their runs to a file that
// .github/workflows/flows.yml uploads as a workflow artifact (kept 30 days, readable by anyone who
// can read the repository) for the report job. Every other way out of the job is redacted; this
// file was written as the steps left their results: output tails, messages and result fields.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-runs-file-secrets-");
});
afterEach(async () => {
  await repo.cleanup();
});

const payload = { ref: "refs/heads/main", after: "c".repeat(40), before: "0".repeat(40), repository: { full_name: "octo-org/octo-repo" } };
const LISTED = "listed-in-redact-Q7v3p";
const MASKED = "masked-by-the-step-R2k9";
const URL_PASSWORD = "url-pass-W4m1";

describe("the run-step job's runs file", () => {
  it("holds no secret: redact values, what a step masked, URL credentials, token shapes", async () => {
    const token = `ghp_${"A1b2C3d4E5f6".repeat(3)}`;
    const source = [
      "await Bun.stdin.text();",
      `console.log("::add-mask::${MASKED}");`,
      `console.log("env ${LISTED} ${MASKED} https://bot:${URL_PASSWORD}@example.com ${token}");`,
      `console.log("FLOW_RESULT " + JSON.stringify({ status: "failed", message: "saw ${LISTED} and ${MASKED}", outputs: { token: "${token}" } }));`,
    ].join("\n");
    await writeFlow(repo.dir, { name: "leaky", steps: [{ name: "s", trigger: "push", source }] });
    const runsFile = join(repo.dir, "out", "runs.json");
    const job = await runInProcess({
      workspace: repo.dir,
      eventName: "push",
      payload,
      inputs: { state: "none", mode: "run-step", steps: JSON.stringify([{ flow: "leaky", step: "s" }]), "runs-file": runsFile, redact: LISTED },
    });
    expect(job.stdout).toContain("leaky/s: failed");
    const text = await readFile(runsFile, "utf8");
    expect(text).toContain("saw *** and ***");
    for (const secret of [LISTED, MASKED, URL_PASSWORD, token]) expect(text).not.toContain(secret);
    // Still what the report job reads.
    const { readRunsDir } = await import("../../src/action/scale-out.js");
    const collected = await readRunsDir(join(repo.dir, "out"));
    expect(collected.problems).toEqual([]);
    expect(collected.files[0]?.runs[0]?.resultPayload?.message).toBe("saw *** and ***");
  });
});
