import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { truthy } from "@actions/expressions/result";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { type ActionRun, runDistAction } from "../helpers/run-action.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// The workflows the README shows, run as GitHub would run them: the action step with the
// snippet's inputs, against a GitHub API that refuses what the snippet's `permissions:` do not
// grant, for a step that completes, one that needs attention and one that fails. Then each later
// step's `if:` is evaluated with GitHub's own expression evaluator, status functions included.

type Step = { id?: string; uses?: string; with?: Record<string, unknown>; if?: string; run?: string };
type Workflow = { on: Record<string, unknown> | string; permissions?: Record<string, string>; jobs: Record<string, { steps?: Step[] }> };

const readme = readFileSync("README.md", "utf8");
const workflows = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
  .map((match, index) => ({ name: `README snippet ${index + 1}`, workflow: parse(match[1] ?? "") as Workflow }))
  .filter(({ workflow }) => workflow && typeof workflow === "object" && "jobs" in workflow)
  .flatMap(({ name, workflow }) =>
    Object.values(workflow.jobs).flatMap((job) => {
      const steps = job.steps ?? [];
      const at = steps.findIndex((step) => step.uses?.startsWith("peezy/flows-action@"));
      const action = steps[at];
      const event = typeof workflow.on === "string" ? workflow.on : Object.keys(workflow.on)[0];
      // Event-driven workflows that run steps in this job; the scheduled upstream watcher and
      // HTTP mode (a backend runs the steps) have their own tests.
      if (!action || (event !== "release" && event !== "pull_request") || action.with?.mode) return [];
      return [{ name: `${name} (on ${event})`, event, permissions: workflow.permissions ?? {}, action, after: steps.slice(at + 1) }];
    }),
  );

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const payloads: Record<string, Record<string, unknown>> = {
  release: examples.find((g) => g.name === "release")?.examples.find((e) => e.action === "published") ?? {},
  pull_request: examples.find((g) => g.name === "pull_request")?.examples.find((e) => e.action === "opened") ?? {},
};

/** API operations the action may call, and the workflow permission GitHub wants for each. */
const NEEDS: Record<string, string> = {
  "checks/create": "checks: write",
  "checks/update": "checks: write",
  "issues/create-comment": "pull-requests: write",
  "issues/update-comment": "pull-requests: write",
  "issues/list-comments": "pull-requests: read",
  "pulls/get": "pull-requests: read",
  "repos/list-pull-requests-associated-with-commit": "pull-requests: read",
  "git/get-ref": "contents: read",
  "git/get-tag": "contents: read",
  "repos/get-release-by-tag": "contents: read",
  "actions/list-artifacts-for-repo": "actions: read",
};

function grants(permissions: Record<string, string>, needed: string): boolean {
  const [scope, level] = needed.split(": ");
  const granted = permissions[scope ?? ""];
  return granted === "write" || granted === level;
}

const SCENARIOS = { completes: "completed", "needs attention": "needs_intervention", fails: "failed" } as const;
type Scenario = keyof typeof SCENARIOS;

const STATUS_FUNCTIONS = ["always", "success", "failure", "cancelled"];

/** Does a step with this `if:` run, after a flows step that ended with `outcome`? */
function runsAfter(condition: string | undefined, flows: { outcome: "success" | "failure"; outputs: Record<string, string> }): boolean {
  let text = (condition ?? "").trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1").trim();
  // GitHub's rule: a condition without a status function is `success() && (condition)`.
  if (!STATUS_FUNCTIONS.some((name) => new RegExp(`\\b${name}\\s*\\(`).test(text))) text = text ? `success() && (${text})` : "success()";
  const failed = flows.outcome === "failure";
  const functions = new Map<string, FunctionDefinition>(
    Object.entries({ always: true, success: !failed, failure: failed, cancelled: false }).map(([name, value]) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) },
    ]),
  );
  const { tokens } = new Lexer(text).lex();
  const expr = new Parser(tokens, ["steps"], [...functions.values()]).parse();
  const steps = JSON.parse(JSON.stringify({ steps: { flows: { outcome: flows.outcome, conclusion: flows.outcome, outputs: flows.outputs } } }), data.reviver) as data.Dictionary;
  return truthy(new Evaluator(expr, steps, functions).evaluate());
}

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempRepo("flows-readme-workflows-");
});
afterAll(async () => {
  await repo.cleanup();
});

type ScenarioRuns = { results: Map<Scenario, ActionRun>; violations: string[] };
const scenarioRunsBySnippet = new Map<string, Promise<ScenarioRuns>>();

/**
 * The action run for each scenario, as the snippet's event, permissions and inputs give it: two
 * snippets that differ in nothing the run reads (the README shows the release workflow twice)
 * share the same three runs instead of starting the action three more times.
 */
function scenarioRuns(event: string, permissions: Record<string, string>, action: Step): Promise<ScenarioRuns> {
  const key = JSON.stringify([event, permissions, action.with ?? {}]);
  let runs = scenarioRunsBySnippet.get(key);
  if (!runs) {
    runs = runScenarios(event, permissions, action);
    scenarioRunsBySnippet.set(key, runs);
  }
  return runs;
}

async function runScenarios(event: string, permissions: Record<string, string>, action: Step): Promise<ScenarioRuns> {
  const results = new Map<Scenario, ActionRun>();
  const violations: string[] = [];
  let run = 0;
  for (const [scenario, status] of Object.entries(SCENARIOS) as Array<[Scenario, string]>) {
    await writeFlow(repo.dir, { name: "demo", steps: [{ name: "step", trigger: `${event}.*`, source: rawStep(status, `the step ${scenario}`) }] });
    const server: GitHubApiServer = await startGitHubApiServer();
    for (const [operationId, needed] of Object.entries(NEEDS)) {
      if (!grants(permissions, needed)) server.failNext({ operationId, status: 403, times: 1000, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" } });
    }
    const inputs = Object.fromEntries(Object.entries(action.with ?? {}).map(([name, value]) => [name, String(value)]));
    const payload = payloads[event] as { repository?: { full_name?: string } };
    run += 1;
    results.set(
      scenario,
      await runDistAction({
        workspace: repo.dir,
        eventName: event,
        payload,
        // The default artifact store needs the runner's artifact service; `none` keeps the
        // test on what the snippet is about. The store's own permission is tested elsewhere.
        inputs: { "github-token": "ghs_readmetoken", state: "none", ...inputs },
        env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: payload.repository?.full_name ?? "o/r", GITHUB_RUN_ID: `${700 + run}` },
      }),
    );
    try {
      server.assertNoViolations();
    } catch (error) {
      violations.push(String(error));
    }
    await server.close();
  }
  return { results, violations };
}

describe("the README's workflows", () => {
  it("include the pull-request workflow with steps after the action", () => {
    expect(workflows.map((w) => w.event)).toEqual(expect.arrayContaining(["release", "pull_request"]));
    expect(workflows.some((w) => w.after.some((step) => step.if))).toBe(true);
  });

  describe.each(workflows)("$name", ({ event, permissions, action, after }) => {
    let results = new Map<Scenario, ActionRun>();
    let violations: string[] = [];
    beforeAll(async () => {
      ({ results, violations } = await scenarioRuns(event, permissions, action));
    }, 120_000);

    it("has nothing to warn about with the permissions it grants", () => {
      for (const [scenario, result] of results) {
        const warnings = `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => /^::(warning|error)/.test(line) && /permission|not written|forks?\b/i.test(line));
        expect(warnings, scenario).toEqual([]);
      }
      expect(violations).toEqual([]);
    });

    it("fails the action step exactly for the outcomes its fail-on names", () => {
      const failOn = String(action.with?.["fail-on"] ?? "failed").split(",").map((s) => s.trim());
      for (const [scenario, result] of results) {
        const shouldFail = scenario === "fails" ? failOn.includes("failed") : scenario === "needs attention" ? failOn.some((s) => s === "needs-attention" || s === "needs_intervention") : false;
        expect(result.code === 0 ? "success" : "failure", scenario).toBe(shouldFail ? "failure" : "success");
      }
    });

    it("runs each later step exactly in the case its text describes", () => {
      for (const step of after) {
        const ran = Object.fromEntries(
          [...results].map(([scenario, result]) => [scenario, runsAfter(step.if, { outcome: result.code === 0 ? "success" : "failure", outputs: result.outputs })]),
        );
        const text = `${step.run ?? ""}`.toLowerCase();
        const expected = {
          completes: !step.if,
          "needs attention": !step.if || /needs a human|attention/.test(text),
          fails: !step.if ? results.get("fails")?.code === 0 : /failed/.test(text),
        };
        expect(ran, `${step.if ?? "(no if)"}: ${step.run}`).toEqual(expected);
      }
    });
  });
});

describe("the README's pull-request workflows", () => {
  const pullRequestWorkflows = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map((match) => parse(match[1] ?? "") as (Workflow & { concurrency?: { group?: string; "cancel-in-progress"?: boolean } }) | null)
    .filter((workflow) => workflow && typeof workflow === "object" && typeof workflow.on === "object" && "pull_request" in workflow.on);

  it("cancel a run superseded by a new push to the same pull request, and only that one", () => {
    expect(pullRequestWorkflows.length).toBeGreaterThanOrEqual(1);
    const payload = payloads.pull_request as { pull_request: { number: number } };
    const group = (workflow: (typeof pullRequestWorkflows)[number], number: number): string => {
      const text = String(workflow?.concurrency?.group ?? "");
      return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => {
        const expr = new Parser(new Lexer(expression.trim()).lex().tokens, ["github"], []).parse();
        const github = { event_name: "pull_request", event: { ...payload, pull_request: { ...payload.pull_request, number } } };
        return new Evaluator(expr, JSON.parse(JSON.stringify({ github }), data.reviver) as data.Dictionary).evaluate().coerceString();
      });
    };
    for (const workflow of pullRequestWorkflows) {
      expect(workflow?.concurrency?.["cancel-in-progress"]).toBe(true);
      expect(group(workflow, 7)).toBe(group(workflow, 7));
      expect(group(workflow, 7)).not.toBe(group(workflow, 8));
    }
  });
});

// Job-level conditions in the docs' workflows, against the webhook payloads they run on.
const jobConditions = ["README.md", "docs/pull-requests.md", "docs/upstream-releases.md"].flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/```ya?ml\n([\s\S]*?)```/g)].flatMap((match) => {
    const workflow = parse(match[1] ?? "") as Workflow | null;
    if (!workflow || typeof workflow !== "object" || !("jobs" in workflow)) return [];
    const event = typeof workflow.on === "string" ? workflow.on : Object.keys(workflow.on)[0];
    return Object.entries(workflow.jobs)
      // A condition on an earlier job's outputs (needs.*) is run by its own test (readme-results-job.test.ts).
      .filter(([, job]) => typeof (job as { if?: string }).if === "string" && !/\bneeds\./.test((job as { if: string }).if))
      .map(([name, job]) => ({ file, job: name, event: event ?? "", condition: (job as { if: string }).if }));
  }),
);

function evaluateWithGitHub(condition: string, github: unknown): boolean {
  const text = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1").trim();
  const expr = new Parser(new Lexer(text).lex().tokens, ["github"], []).parse();
  const context = JSON.parse(JSON.stringify({ github }), data.reviver) as data.Dictionary;
  return truthy(new Evaluator(expr, context).evaluate());
}

describe("job conditions in the docs' workflows", () => {
  it("are found", () => {
    expect(jobConditions.length).toBeGreaterThanOrEqual(1);
  });

  it.each(jobConditions)("$file job $job runs for a pull request's workflow_run only", ({ event, condition }) => {
    expect(event).toBe("workflow_run");
    const example = examples.find((g) => g.name === "workflow_run")?.examples.find((e) => e.action === "completed") as { workflow_run: Record<string, unknown> };
    const fromPullRequest = { ...example, workflow_run: { ...example.workflow_run, event: "pull_request" } };
    expect(evaluateWithGitHub(condition, { event_name: event, event: fromPullRequest })).toBe(true);
    expect(evaluateWithGitHub(condition, { event_name: event, event: example })).toBe(false);
  });
});

// The scheduled upstream watchers the README, docs/upstream-releases.md and the example show,
// run the same way: each watched repository publishes a release, the flow's step runs for it,
// and the action has nothing to warn about with the permissions the workflow grants (the step's
// check run is written on the polling run's commit).
type WatcherStep = Step & { with?: Record<string, unknown> };
const watchers = [
  ...["README.md", "docs/upstream-releases.md"].flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((match, index) => ({ name: `${file} snippet ${index + 1}`, text: match[1] ?? "" })),
  ),
  { name: "examples/upstream-release", text: readFileSync("examples/upstream-release/.github/workflows/upstream-release.yml", "utf8") },
].flatMap(({ name, text }) => {
  const workflow = parse(text) as (Workflow & { concurrency?: unknown }) | null;
  if (!workflow || typeof workflow !== "object" || !("jobs" in workflow) || typeof workflow.on !== "object") return [];
  const event = ["schedule", "workflow_dispatch"].find((each) => each in (workflow.on as object));
  return Object.values(workflow.jobs).flatMap((job) => {
    const action = (job.steps ?? []).find((step) => step.uses?.startsWith("peezy/flows-action@")) as WatcherStep | undefined;
    if (!event || typeof action?.with?.watch !== "string") return [];
    return [{ name, event, permissions: workflow.permissions ?? {}, concurrency: workflow.concurrency, action }];
  });
});

/** An input's value as the runner passes it: expressions evaluated, on a run with no inputs. */
function inputValue(value: unknown): string {
  return String(value).replace(/\$\{\{([\s\S]*?)\}\}/g, (_, text: string) => {
    const expr = new Parser(new Lexer(text.trim()).lex().tokens, ["inputs"], []).parse();
    const result = new Evaluator(expr, JSON.parse("{\"inputs\": {}}", data.reviver) as data.Dictionary).evaluate();
    return result.kind === data.Kind.Null ? "" : result.coerceString();
  });
}

describe("the docs' scheduled upstream watchers", () => {
  it("are found", () => {
    expect(watchers.map((w) => w.name)).toEqual(expect.arrayContaining(["README.md snippet 3", "examples/upstream-release"]));
  });

  it.each(watchers)("$name keeps one poll at a time (a concurrency group)", ({ concurrency }) => {
    expect(concurrency).toBeTruthy();
  });

  it.each(watchers)("$name runs each watched repository's new release with nothing to warn about", async ({ event, permissions, action }) => {
    await writeFlow(repo.dir, { name: "follow", steps: [{ name: "step", trigger: "upstream.release", source: rawStep("changed", "followed") }] });
    const server = await startGitHubApiServer();
    try {
      for (const [operationId, needed] of Object.entries(NEEDS)) {
        if (!grants(permissions, needed)) server.failNext({ operationId, status: 403, times: 1000, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" } });
      }
      const inputs = Object.fromEntries(Object.entries(action.with ?? {}).map(([name, value]) => [name, inputValue(value)]));
      const repos = inputs.watch?.split("\n").map((line) => line.trim().split(/\s+/)[0] ?? "").filter(Boolean) ?? [];
      // Old enough for any min-age in the docs.
      const published = new Date(Date.now() - 30 * 86_400_000).toISOString().replace(/\.\d+Z$/, "Z");
      for (const upstream of repos) server.github.releases.add(upstream, { tagName: upstream.startsWith("openai/") ? "rust-v0.42.0" : "v1.0.0", publishedAt: published });
      const result = await runDistAction({
        workspace: repo.dir,
        eventName: event,
        payload: { ...(event === "schedule" ? { schedule: "17 * * * *" } : { inputs: {} }), repository: { full_name: "octo-org/octo-repo" } },
        // The branch store needs a remote; its permission (contents: write) is tested elsewhere.
        inputs: { ...inputs, "github-token": "ghs_readmetoken", state: "file", "state-dir": `.flows-state-${Math.random().toString(36).slice(2)}` },
        env: { GITHUB_API_URL: server.url },
      });
      expect(result.code, result.stdout).toBe(0);
      const runs = (JSON.parse(result.outputs.results ?? "[]") as Array<{ eventId: string; effectiveStatus: string }>).map((run) => [run.eventId.split(":")[2], run.effectiveStatus]);
      expect(runs).toEqual(repos.map((upstream) => [upstream, "changed"]));
      const warnings = result.stdout.split("\n").filter((line) => /^::(warning|error)/.test(line));
      expect(warnings).toEqual([]);
      server.assertNoViolations();
    } finally {
      await server.close();
    }
  }, 60_000);
});
