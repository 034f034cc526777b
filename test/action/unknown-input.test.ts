import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";

// GitHub passes every `with:` key as INPUT_<NAME>, known to the action or not. A misspelled name
// (`dry_run: true`) was ignored without a word from the action, and the step it was to keep from
// running ran for real. Through the shipped action, as the runner starts it.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-unknown-input-");
  const marker = join(repo.dir, "ran");
  await writeFlow(repo.dir, {
    name: "deploy",
    steps: [{ name: "ship", trigger: "push", source: `await Bun.write(${JSON.stringify(marker)}, "x"); console.log('FLOW_RESULT {"status":"changed"}');` }],
  });
});
afterEach(async () => {
  await repo.cleanup();
});

const push = { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "octo-org/octo-repo" } };
const annotations = (stdout: string): string[] => stdout.split("\n").filter((line) => /^::(error|warning|notice)/.test(line));

describe("an input name the action does not have", () => {
  it("fails the step before anything runs, in one annotation naming it, its near miss and every input", async () => {
    const run = await runDistAction({ workspace: repo.dir, eventName: "push", payload: push, inputs: { dry_run: "true" } });
    expect(run.code).toBe(1);
    expect(existsSync(join(repo.dir, "ran"))).toBe(false);
    const lines = annotations(run.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error::Input "dry_run" \(did you mean dry-run\?\) is not an input of flows-action, so it would be ignored; nothing was run\. /);
    expect(lines[0]).toContain("The inputs are: backend-api-key, ");
    expect(lines[0]).toContain(", fail-on, ");
    expect(lines[0]).not.toMatch(/\bat \S+:\d+:\d+/);
    expect(run.outputs.matched).toBeUndefined();
  }, 60_000);

  it("names several at once, each with its near miss when there is one", async () => {
    const run = await runDistAction({ workspace: repo.dir, eventName: "push", payload: push, inputs: { fail_on: "none", concurency: "4", colour: "blue" } });
    expect(run.code).toBe(1);
    const lines = annotations(run.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Inputs "fail_on" (did you mean fail-on?), "concurency" (did you mean concurrency?), "colour" are not inputs of flows-action');
  }, 60_000);

  it("is not said of the inputs action.yml declares, given as the runner gives them", async () => {
    const run = await runDistAction({ workspace: repo.dir, eventName: "push", payload: push, inputs: { "dry-run": "true", "fail-on": "none", "flows-path": "flows" } });
    expect(run.code, run.stdout).toBe(0);
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.outputs.matched).toBe("1");
    expect(existsSync(join(repo.dir, "ran"))).toBe(false);
  }, 60_000);
});

describe("a state folder the state store does not use", () => {
  it("gets one warning naming it and the state to add, and the step still runs", async () => {
    const run = await runDistAction({ workspace: repo.dir, eventName: "push", payload: push, inputs: { state: "none", "state-dir": "../flows-state", checks: "off", comment: "off" } });
    expect(run.code, run.stdout).toBe(0);
    expect(annotations(run.stdout)).toEqual([
      '::warning::Input "state-dir" is set, but state is "none": the records are kept nowhere (state: none), and state-dir is not used. Add state: file to keep them there, or remove state-dir.',
    ]);
    expect(run.outputs.matched).toBe("1");
  }, 60_000);
});

describe("every input action.yml declares", () => {
  // The runner gives each input that has a default as INPUT_<NAME> whether the workflow sets it
  // or not: an input read only in some modes would be refused on every run that omits it.
  it("given at its default, as the runner gives them all, is no unknown input in any mode", async () => {
    const { parse } = await import("yaml");
    const { readFileSync } = await import("node:fs");
    const declared = (parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, { default?: unknown }> }).inputs;
    const defaults = Object.fromEntries(Object.entries(declared).map(([name, input]) => [name, input.default === undefined ? "" : String(input.default)]));
    for (const mode of ["dispatch", "plan"]) {
      const run = await runDistAction({ workspace: repo.dir, eventName: "push", payload: push, inputs: { ...defaults, mode, "dry-run": "true", state: "none", "github-token": "" } });
      expect(run.stdout).not.toContain("not an input");
      expect(run.stdout).not.toContain("not inputs");
    }
  }, 120_000);
});
