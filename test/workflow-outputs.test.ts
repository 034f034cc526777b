import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Evaluator, Lexer, Parser } from "@actions/expressions";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LazyDictionary } from "../src/flows/condition-data.js";
import { rawStep, tempRepo, writeFlow } from "./helpers/flow-packages.js";
import { runInProcess } from "./helpers/run-in-process.js";

// The reusable workflow's outputs are expressions over its jobs' outputs, evaluated here with
// GitHub's own evaluator over what the action's modes really write, as GitHub would: a skipped
// job's outputs are empty.

type Job = { if?: string; outputs?: Record<string, string>; steps?: Array<{ id?: string; uses?: string; with?: Record<string, string> }> };
const workflow = parse(readFileSync(".github/workflows/flows.yml", "utf8")) as {
  on: { workflow_call: { outputs: Record<string, { value: string }> } };
  jobs: Record<string, Job>;
};

/** A value with `${{ }}` in it, as the runner evaluates it: each expression, as a string. */
function evaluate(value: string, contexts: Record<string, unknown>): string {
  return value.replace(/\$\{\{(.*?)\}\}/gs, (_, inner: string) => {
    const tree = new Parser(new Lexer(inner).lex().tokens, Object.keys(contexts), []).parse();
    return new Evaluator(tree, new LazyDictionary(contexts)).evaluate().coerceString();
  });
}

/** download-artifact's `pattern`, for the patterns flows.yml uses: only `*` is special. */
function matchesPattern(name: string, pattern: string): boolean {
  expect(pattern).toMatch(/^[\w.*-]+$/);
  return new RegExp(`^${pattern.replaceAll(".", "\\.").replaceAll("*", ".*")}$`).test(name);
}

function jobOutputs(job: string, steps: Record<string, { outputs: Record<string, string> }>): Record<string, string> {
  const declared = workflow.jobs[job]?.outputs ?? {};
  return Object.fromEntries(Object.entries(declared).map(([name, value]) => [name, evaluate(value, { steps })]));
}

/** The action's inputs in the report job that come from the plan job's outputs. */
function reportInputsFrom(needs: Record<string, unknown>): Record<string, string> {
  const step = workflow.jobs.report?.steps?.find((each) => each.id === "report");
  const fromPlan = Object.entries(step?.with ?? {}).filter(([, value]) => value.includes("needs.plan.outputs."));
  expect(fromPlan.map(([name]) => name)).toEqual(["handled-runs", "handled-steps", "job-steps"]);
  return Object.fromEntries(fromPlan.map(([name, value]) => [name, evaluate(value, { needs })]));
}

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-outputs-");
  await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "release.published", source: rawStep("completed") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

describe("the reusable workflow's outputs", () => {
  it("are a JSON array and false when nothing matched and the report job was skipped", async () => {
    const push = { ref: "refs/heads/main", after: "c".repeat(40), repository: { full_name: "o/r" } };
    const plan = await runInProcess({ workspace: repo.dir, eventName: "push", payload: push, inputs: { mode: "plan", state: "none" } });
    expect(plan.outputs["has-steps"]).toBe("false");
    const jobs = { plan: { outputs: jobOutputs("plan", { plan: { outputs: plan.outputs } }) }, run: { outputs: {} }, report: { outputs: {} } };
    const outputs = Object.fromEntries(Object.entries(workflow.on.workflow_call.outputs).map(([name, { value }]) => [name, evaluate(value, { jobs })]));
    expect(outputs).toEqual({ "event-id": plan.outputs["event-id"], matched: "0", "already-handled": "0", "needs-attention": "false", results: "[]", "results-omitted": "0" });
  });

  it("are the report job's when steps matched", async () => {
    const release = { action: "published", release: { tag_name: "v1", id: 1 }, repository: { full_name: "o/r" } };
    const job = (inputs: Record<string, string>) => runInProcess({ workspace: repo.dir, eventName: "release", payload: release, inputs: { state: "none", ...inputs } });
    const plan = await job({ mode: "plan" });
    const entry = (JSON.parse(plan.outputs.matrix ?? "{}") as { include: Array<{ steps: string }> }).include[0];
    if (!entry) throw new Error("nothing planned");
    await job({ mode: "run-step", steps: entry.steps, "runs-file": join(repo.dir, "runs", "a", "runs.json") });
    const report = await job({ mode: "report", "runs-dir": join(repo.dir, "runs") });
    const jobs = {
      plan: { outputs: jobOutputs("plan", { plan: { outputs: plan.outputs } }) },
      run: { outputs: {} },
      report: { outputs: jobOutputs("report", { report: { outputs: report.outputs } }) },
    };
    const outputs = Object.fromEntries(Object.entries(workflow.on.workflow_call.outputs).map(([name, { value }]) => [name, evaluate(value, { jobs })]));
    expect(outputs.matched).toBe("1");
    expect(outputs["needs-attention"]).toBe("false");
    expect(outputs["results-omitted"]).toBe("0");
    expect((JSON.parse(outputs.results ?? "") as Array<{ flowName: string; effectiveStatus: string }>).map((run) => [run.flowName, run.effectiveStatus])).toEqual([["notes", "completed"]]);
  });

  it("count a redelivered event as the action does: matched 0, already-handled the steps that ran before", async () => {
    const release = { action: "published", release: { tag_name: "v1", id: 1 }, repository: { full_name: "o/r" } };
    // state: file in the one workspace: each delivery's jobs see what the one before recorded.
    const job = (inputs: Record<string, string>) => runInProcess({ workspace: repo.dir, eventName: "release", payload: release, inputs });
    // `dropped`: the runner's "Skip output 'handled-runs' since it may contain secret" in the plan job.
    const deliver = async (attempt: string, dropped: string[] = []) => {
      const plan = await job({ mode: "plan" });
      const kept = Object.fromEntries(Object.entries(plan.outputs).filter(([name]) => !dropped.includes(name)));
      const needs = { plan: { outputs: jobOutputs("plan", { plan: { outputs: kept } }) } };
      // The run job runs when its `if:` says so, and the report job (`always() && ...`) too.
      const runs = evaluate(`\${{ ${workflow.jobs.run?.if} }}`, { needs }) === "true";
      const reports = evaluate(`\${{ ${workflow.jobs.report?.if?.replace(/^always\(\) && /, "")} }}`, { needs }) === "true";
      const entries = (JSON.parse(plan.outputs.matrix ?? "{}") as { include: Array<{ steps: string }> }).include;
      for (const [i, entry] of (runs ? entries : []).entries()) {
        await job({ mode: "run-step", steps: entry.steps, "runs-file": join(repo.dir, `runs-${attempt}`, String(i), "runs.json") });
      }
      // The report step's inputs from the plan, as flows.yml passes them.
      const report = await job({ mode: "report", "runs-dir": join(repo.dir, `runs-${attempt}`), ...reportInputsFrom(needs) });
      const jobs = {
        ...needs,
        run: { outputs: {} },
        report: { outputs: reports ? jobOutputs("report", { report: { outputs: report.outputs } }) : {} },
      };
      const outputs = Object.fromEntries(Object.entries(workflow.on.workflow_call.outputs).map(([name, { value }]) => [name, evaluate(value, { jobs })]));
      return { outputs, jobs: entries.length, runs, reports, report };
    };
    const first = await deliver("1");
    expect([first.outputs.matched, first.outputs["already-handled"], first.jobs, first.runs]).toEqual(["1", "0", 1, true]);
    // The redelivery: the plan reads the state and gives the handled step no job; the run job
    // is skipped (an empty matrix would fail it), and the report job still counts the step.
    const again = await deliver("2");
    const single = await job({});
    expect([single.outputs.matched, single.outputs["already-handled"]]).toEqual(["0", "1"]);
    expect([again.jobs, again.runs, again.reports]).toEqual([0, false, true]);
    expect([again.outputs.matched, again.outputs["already-handled"]]).toEqual(["0", "1"]);
    expect(again.report.code, again.report.stdout).toBe(0);
    expect(again.report.summary).toContain("already handled: 1 step");
    expect(again.report.summary).not.toContain("does not exist");

    // The runner drops handled-runs: the report job still counts the step as handled, never as canceled.
    const dropped = await deliver("3", ["handled-runs"]);
    expect([dropped.jobs, dropped.runs, dropped.reports]).toEqual([0, false, true]);
    expect([dropped.outputs.matched, dropped.outputs["already-handled"]]).toEqual(["0", "1"]);
    expect((JSON.parse(dropped.outputs.results ?? "") as Array<{ effectiveStatus: string }>).map((run) => run.effectiveStatus)).toEqual(["completed"]);
    expect(dropped.report.summary).not.toContain("canceled");
  });

  it("keep two calls in one workflow run apart: each run job's artifact has its own name, and each report downloads only its call's", async () => {
    const push = { ref: "refs/heads/main", after: "c".repeat(40), repository: { full_name: "o/r" } };
    await writeFlow(repo.dir, { name: "push-notes", steps: [{ name: "write", trigger: "push", source: rawStep("completed") }] });
    const plans = await Promise.all([1, 2].map(() => runInProcess({ workspace: repo.dir, eventName: "push", payload: push, inputs: { mode: "plan", state: "none" } })));
    const calls = plans.map((plan) => {
      const needs = { plan: { outputs: jobOutputs("plan", { plan: { outputs: plan.outputs } }) } };
      const upload = workflow.jobs.run?.steps?.find((step) => step.uses?.startsWith("actions/upload-artifact@"))?.with?.name ?? "";
      const download = workflow.jobs.report?.steps?.find((step) => step.uses?.startsWith("actions/download-artifact@"))?.with?.pattern ?? "";
      return { artifact: evaluate(upload, { github: { run_attempt: "1" }, strategy: { "job-index": 0 }, needs }), pattern: evaluate(download, { needs }) };
    });
    const [first, second] = calls as [(typeof calls)[0], (typeof calls)[0]];
    expect(first.artifact).not.toBe(second.artifact);
    expect([matchesPattern(first.artifact, first.pattern), matchesPattern(second.artifact, first.pattern)]).toEqual([true, false]);
    expect([matchesPattern(second.artifact, second.pattern), matchesPattern(first.artifact, second.pattern)]).toEqual([true, false]);
  });

  it("give a re-run job's artifact a name of its own: 'Re-run failed jobs' adds its runs next to the first attempt's, which the re-run's report also downloads", () => {
    const needs = { plan: { outputs: { "call-id": "0a1b2c3d" } } };
    const upload = workflow.jobs.run?.steps?.find((step) => step.uses?.startsWith("actions/upload-artifact@"))?.with?.name ?? "";
    const pattern = evaluate(workflow.jobs.report?.steps?.find((step) => step.uses?.startsWith("actions/download-artifact@"))?.with?.pattern ?? "", { needs });
    const names = ["1", "2"].map((attempt) => evaluate(upload, { github: { run_attempt: attempt }, strategy: { "job-index": 3 }, needs }));
    expect(new Set(names).size).toBe(2);
    expect(names.map((name) => matchesPattern(name, pattern))).toEqual([true, true]);
  });

  it("keep the run jobs' artifacts as long as GitHub lets failed jobs be re-run (30 days): a late re-run's report reads the passed jobs' results", () => {
    const upload = workflow.jobs.run?.steps?.find((step) => step.uses?.startsWith("actions/upload-artifact@"))?.with ?? {};
    expect(Number(upload["retention-days"])).toBe(30);
  });
});

// A self-hosted runner is picked by several labels; a workflow_call input cannot be a list, so
// `runs-on` takes one label or a JSON array of them (a single string picked any self-hosted runner).
describe("the reusable workflow's runs-on", () => {
  /** What GitHub gives a job's runs-on for an input value: the expression's value, not coerced. */
  function runsOn(job: string, input: string): unknown {
    const value = (workflow.jobs[job] as { "runs-on"?: string })["runs-on"] ?? "";
    const inner = /^\$\{\{(.*)\}\}$/s.exec(value.trim())?.[1];
    if (inner === undefined) return value;
    // toJSON() of it, read back: the string or the array itself.
    const tree = new Parser(new Lexer(`toJSON(${inner})`).lex().tokens, ["inputs"], []).parse();
    return JSON.parse(new Evaluator(tree, new LazyDictionary({ inputs: { "runs-on": input } })).evaluate().coerceString());
  }

  it.each(["plan", "run", "report"])("%s: takes one label, or a JSON array of labels", (job) => {
    expect(runsOn(job, "ubuntu-latest")).toBe("ubuntu-latest");
    expect(runsOn(job, '["self-hosted", "linux", "x64"]')).toEqual(["self-hosted", "linux", "x64"]);
  });
});
