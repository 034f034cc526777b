import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

// What the README says of .github/workflows/flows.yml's shape: no permissions and no concurrency
// group of its own, a run matrix that does not stop at the first failure, and a report job that
// runs after cancelled run-step jobs too.

type Job = { permissions?: unknown; concurrency?: unknown; if?: string; needs?: string | string[]; strategy?: { "fail-fast"?: boolean; "max-parallel"?: unknown } };
const workflow = parse(readFileSync(".github/workflows/flows.yml", "utf8")) as { permissions?: unknown; concurrency?: unknown; jobs: Record<string, Job> };
const readme = readFileSync("README.md", "utf8").replace(/\s+/g, " ");

describe("the reusable workflow, as the README describes it", () => {
  it("has the three jobs plan, run and report", () => {
    expect(readme).toContain("The reusable workflow has three jobs: `plan`");
    expect(Object.keys(workflow.jobs)).toEqual(["plan", "run", "report"]);
  });

  it("sets no permissions: of its own", () => {
    expect(readme).toContain("The reusable workflow sets no `permissions:` of its own.");
    expect(workflow.permissions).toBeUndefined();
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
  });

  it("sets no concurrency: group", () => {
    expect(readme).toContain("The reusable workflow sets no `concurrency:` group either");
    expect(workflow.concurrency).toBeUndefined();
    for (const job of Object.values(workflow.jobs)) expect(job.concurrency).toBeUndefined();
  });

  it("runs the matrix with fail-fast: false and max-parallel from its input", () => {
    expect(readme).toContain("(`fail-fast: false`, `max-parallel` as an input)");
    expect(workflow.jobs.run?.strategy?.["fail-fast"]).toBe(false);
    expect(workflow.jobs.run?.strategy?.["max-parallel"]).toBe(`\${{ inputs.max-parallel }}`);
  });

  it("runs the report job with if: always()", () => {
    expect(readme).toContain("the cancelled run's report job still runs (`if: always()`)");
    expect(workflow.jobs.report?.if).toMatch(/^always\(\) && /);
  });
});
