import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Evaluator, Lexer, Parser } from "@actions/expressions";
import { truthy } from "@actions/expressions/result";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LazyDictionary } from "../../src/flows/condition-data.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// The README's workflow that hands the action's outputs to a later job (flows-results), run as
// GitHub would: the action step in process, the flows job's `outputs:`, the later job's `if:`
// and its step's `env:` evaluated with GitHub's own evaluator, and its script run by bash.

type Step = { id?: string; uses?: string; env?: Record<string, string>; run?: string };
type Job = { needs?: string; if?: string; outputs?: Record<string, string>; steps?: Step[] };

const readme = readFileSync("README.md", "utf8");
const snippet = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? "").find((text) => /^name: flows-results$/m.test(text));
const workflow = parse(snippet ?? "{}") as { jobs?: Record<string, Job> };

/** `${{ }}` in a value, as the runner evaluates it: each expression, as a string. */
function evaluate(value: string, contexts: Record<string, unknown>): string {
  return value.replace(/\$\{\{(.*?)\}\}/gs, (_, inner: string) => {
    const tree = new Parser(new Lexer(inner).lex().tokens, Object.keys(contexts), []).parse();
    return new Evaluator(tree, new LazyDictionary(contexts)).evaluate().coerceString();
  });
}

/** A job's `if:` without a status function, after a successful job: the expression alone. */
function runs(condition: string, contexts: Record<string, unknown>): boolean {
  const text = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const tree = new Parser(new Lexer(text).lex().tokens, Object.keys(contexts), []).parse();
  return truthy(new Evaluator(tree, new LazyDictionary(contexts)).evaluate());
}

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const published = examples.find((group) => group.name === "release")?.examples.find((example) => example.action === "published") ?? {};

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-readme-results-");
});
afterEach(async () => {
  await repo.cleanup();
});

/** The flows job on the release, with the snippet's action inputs: its job outputs. */
async function flowsJob(runId: string): Promise<Record<string, string>> {
  const flows = workflow.jobs?.flows;
  const run = await runInProcess({
    workspace: repo.dir,
    eventName: "release",
    payload: published,
    inputs: { state: "file", checks: "off" },
    env: { GITHUB_RUN_ID: runId },
  });
  expect(run.code, run.stdout).toBe(0);
  const steps = { flows: { outputs: run.outputs } };
  return Object.fromEntries(Object.entries(flows?.outputs ?? {}).map(([name, value]) => [name, evaluate(value, { steps })]));
}

describe("the README's workflow that reads the results in a later job", () => {
  it("is there, with a flows job and a job that needs it", () => {
    expect(snippet).toBeDefined();
    expect(workflow.jobs?.flows?.steps?.some((step) => step.id === "flows" && step.uses?.startsWith("peezy/flows-action@"))).toBe(true);
    expect(workflow.jobs?.announce?.needs).toBe("flows");
  });

  it("announces each step's outcome, a message with quotes and $( ) in it printed as text, never run", async () => {
    const message = `it's "done" $(touch ${join(repo.dir, "pwned")}) \`id\``;
    await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "release.published", source: rawStep("completed", message) }] });
    const outputs = await flowsJob("801");
    const announce = workflow.jobs?.announce as Job;
    const needs = { flows: { result: "success", outputs } };
    expect(runs(announce.if ?? "", { needs })).toBe(true);

    const step = announce.steps?.[0] as Step;
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value, { needs })]));
    expect(env.FIRST_MESSAGE).toBe(message);
    const printed = execFileSync("bash", ["-e", "-c", step.run ?? ""], { env: { ...process.env, ...env }, encoding: "utf8" });
    expect(printed).toBe(`first step: ${message}\nnotes/write: completed\n`);
    expect(() => readFileSync(join(repo.dir, "pwned"))).toThrow();
  }, 60_000);

  it("announces nothing for a redelivered release, which ran no step", async () => {
    await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "release.published", source: rawStep("completed") }] });
    await flowsJob("802");
    const again = await flowsJob("803");
    expect(again.matched).toBe("0");
    expect(runs(workflow.jobs?.announce?.if ?? "", { needs: { flows: { result: "success", outputs: again } } })).toBe(false);
  }, 60_000);
});
