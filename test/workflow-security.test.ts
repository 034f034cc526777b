import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

// The reusable workflow runs in the caller's repository with the caller's token: what it pulls
// in and what it leaves on the runner for the flow steps are the caller's risk, not ours to choose.

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { steps?: Step[] };
const text = readFileSync(".github/workflows/flows.yml", "utf8");
const workflow = parse(text) as { jobs: Record<string, Job> };
const steps = Object.entries(workflow.jobs).flatMap(([job, { steps = [] }]) => steps.map((step) => ({ job, ...step })));

describe("the reusable workflow's supply chain and secrets", () => {
  it("pins every action from another repository by full commit SHA, with the version it is in a comment", () => {
    // A tag can be moved to any commit by whoever controls that repository; a commit cannot.
    // The flows-action itself is this repository's own, at the ref the caller chose for the workflow.
    const foreign = text.split("\n").filter((line) => /^\s*(-\s+)?uses:\s/.test(line) && !/uses:\s+peezy\/flows-action@/.test(line));
    expect(foreign.length).toBeGreaterThanOrEqual(4);
    expect(foreign.filter((line) => !/uses:\s+[\w.-]+\/[\w.-]+@[0-9a-f]{40}\s+#\s+v\d+(\.\d+)*\s*$/.test(line))).toEqual([]);
  });

  it("leaves no token in .git/config for the flow steps: every checkout sets persist-credentials: false", () => {
    // Flow steps get no token unless the workflow passes one (README, "Environment"); a checkout
    // that persists its credentials hands the job's token to every step (and every git push) anyway.
    const checkouts = steps.filter((step) => step.uses?.startsWith("actions/checkout@"));
    expect(checkouts.map((step) => step.job)).toEqual(["plan", "run", "report"]);
    expect(checkouts.filter((step) => step.with?.["persist-credentials"] !== false).map((step) => step.job)).toEqual([]);
  });

  it("runs no shell script, so no caller- or event-controlled text is ever spliced into one", () => {
    // Every value reaches the action through `with:` (an environment variable), never `${{ }}` in `run:`.
    expect(steps.filter((step) => step.run !== undefined).map((step) => step.job)).toEqual([]);
  });
});
