import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

// actionlint knows neither the action's inputs nor the reusable workflow's: every workflow we
// show (README, docs/, examples/) must use only inputs that exist, grant what its state store
// needs, and the README must document the reusable workflow's whole interface.

type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown>; steps?: Step[]; permissions?: Record<string, string> };
type Workflow = { permissions?: Record<string, string>; jobs?: Record<string, Job> };
type WorkflowCall = { inputs: Record<string, unknown>; secrets: Record<string, unknown>; outputs: Record<string, unknown> };

const action = parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, unknown> };
const reusable = (parse(readFileSync(".github/workflows/flows.yml", "utf8")) as { on: { workflow_call: WorkflowCall } }).on.workflow_call;

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => pattern.test(name) && !name.includes("node_modules"))
    .map((name) => join(dir, name));
}

const shown = [
  ...["README.md", ...files("docs", /\.md$/), ...files("examples", /\.md$/)].flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((match, i) => ({ name: `${file} snippet ${i + 1}`, text: match[1] ?? "" })),
  ),
  ...files("examples", /\.github\/workflows\/.*\.ya?ml$/).map((file) => ({ name: file, text: readFileSync(file, "utf8") })),
].flatMap(({ name, text }) => {
  const workflow = parse(text) as Workflow | null;
  if (!workflow || typeof workflow !== "object" || !workflow.jobs) return [];
  return Object.entries(workflow.jobs).map(([job, body]) => ({ name: `${name} job ${job}`, job: body, permissions: body.permissions ?? workflow.permissions ?? {} }));
});

const actionSteps = shown.flatMap(({ name, job, permissions }) =>
  (job.steps ?? []).filter((step) => step.uses?.startsWith("peezy/flows-action@")).map((step) => ({ name, with: step.with ?? {}, permissions })),
);
const reusableCalls = shown.filter(({ job }) => job.uses?.startsWith("peezy/flows-action/.github/workflows/flows.yml@"));

/** What a state store needs of the token (README "State"); none, file and a publish job need nothing. */
function stateNeeds(inputs: Record<string, unknown>): string | undefined {
  if (inputs.handover === "publish" || inputs.mode === "http") return undefined;
  const state = String(inputs.state ?? "artifact");
  return state === "artifact" ? "actions: read" : state === "branch" ? "contents: write" : undefined;
}

function grants(permissions: Record<string, string>, needed: string): boolean {
  const [scope, level] = needed.split(": ");
  const granted = permissions[scope ?? ""];
  return granted === "write" || granted === level;
}

describe("the workflows the docs show", () => {
  it("are found", () => {
    expect(actionSteps.length).toBeGreaterThanOrEqual(6);
    expect(reusableCalls.length).toBeGreaterThanOrEqual(1);
  });

  it.each(actionSteps)("$name uses only the action's inputs", ({ with: inputs }) => {
    expect(Object.keys(inputs).filter((name) => !(name in action.inputs))).toEqual([]);
  });

  it.each(actionSteps)("$name grants what its state store needs", ({ with: inputs, permissions }) => {
    const needed = stateNeeds(inputs);
    if (needed) expect(grants(permissions, needed), `needs ${needed}`).toBe(true);
  });

  it.each(reusableCalls)("$name uses only the reusable workflow's inputs and secrets, and grants what its state needs", ({ job, permissions }) => {
    expect(Object.keys(job.with ?? {}).filter((name) => !(name in reusable.inputs))).toEqual([]);
    expect(Object.keys(job.secrets ?? {}).filter((name) => !(name in reusable.secrets))).toEqual([]);
    const needed = stateNeeds(job.with ?? {});
    if (needed) expect(grants(permissions, needed), `needs ${needed}`).toBe(true);
  });
});

describe("the README's table of the reusable workflow", () => {
  const readme = readFileSync("README.md", "utf8");
  const rows = [...readme.matchAll(/^\| (input|secret|output) \| `([\w-]+)` \|/gm)].map((match) => `${match[1]} ${match[2]}`);
  it("lists exactly its inputs, secrets and outputs", () => {
    const declared = [
      ...Object.keys(reusable.inputs).map((name) => `input ${name}`),
      ...Object.keys(reusable.secrets).map((name) => `secret ${name}`),
      ...Object.keys(reusable.outputs).map((name) => `output ${name}`),
    ];
    expect(rows.sort()).toEqual(declared.sort());
  });

  const inputRows = [...readme.matchAll(/^\| input \| `([\w-]+)` \| ([^|]*)\|/gm)].map((match) => ({ name: match[1] ?? "", shown: (match[2] ?? "").trim() }));
  it.each(inputRows)("gives $name flows.yml's default", ({ name, shown }) => {
    const declared = (reusable.inputs[name] as { default?: unknown } | undefined)?.default;
    expect(shown).toBe(declared === undefined || declared === "" ? "" : `\`${String(declared)}\``);
  });
});

describe("the reusable workflow's own jobs", () => {
  const jobs = (parse(readFileSync(".github/workflows/flows.yml", "utf8")) as Workflow).jobs ?? {};
  const steps = Object.entries(jobs).flatMap(([name, job]) =>
    (job.steps ?? []).filter((step) => step.uses?.startsWith("peezy/flows-action@")).map((step) => ({ name, with: step.with ?? {} })),
  );

  // bun-version goes to setup-bun, which installs Bun before the action runs.
  const elsewhere = new Set(["bun-version"]);

  it("pass every input and secret that is also an action input on to the action, unchanged", () => {
    const passed = new Set(steps.flatMap((step) => Object.entries(step.with).map(([name, value]) => `${name}=${String(value)}`)));
    const missing = [
      ...Object.keys(reusable.inputs).filter((name) => name in action.inputs && !elsewhere.has(name) && !passed.has(`${name}=\${{ inputs.${name} }}`)),
      ...Object.keys(reusable.secrets).filter((name) => name in action.inputs && !passed.has(`${name}=\${{ secrets.${name} }}`)),
    ];
    expect(missing).toEqual([]);
  });

  it("give the plan job fail-on: with nothing matched, no report job runs, and the plan is the job that fails for a broken flow package", () => {
    expect(steps.find((step) => step.name === "plan")?.with["fail-on"]).toBe(`\${{ inputs.fail-on }}`);
  });

  it("give the plan job every input the action checks, so that a wrong value fails the plan before any run-step job starts", () => {
    const plan = steps.find((step) => step.name === "plan")?.with ?? {};
    const missing = Object.keys(reusable.inputs).filter((name) => name in action.inputs && !elsewhere.has(name) && plan[name] !== `\${{ inputs.${name} }}`);
    expect(missing).toEqual([]);
  });

  // The token secret may be a GitHub App's: without bot-login its jobs took themselves for
  // github-actions[bot] and did not find the comment and check runs they had written.
  it("take bot-login, for a token secret from a GitHub App, and give it to the report job", () => {
    expect(Object.keys(reusable.inputs)).toContain("bot-login");
    expect(steps.find((step) => step.name === "report")?.with["bot-login"]).toBe(`\${{ inputs.bot-login }}`);
  });

  it("give the action only its inputs", () => {
    for (const step of steps) expect(Object.keys(step.with).filter((name) => !(name in action.inputs)), step.name).toEqual([]);
  });
});
