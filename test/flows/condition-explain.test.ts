import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { renderSummary } from "../../src/report/summary.js";
import { githubExample } from "../events/webhook-examples.js";
import { makeTempRepo, releaseEvent, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
  await writeFiles(repo.root, {
    "flows/codex/flow.toml": [
      'name = "codex"',
      "version = 1",
      "[[steps]]",
      'name = "stable"',
      'runner = "bun"',
      'script = "exec/run.ts"',
      "[steps.trigger]",
      'type = "upstream.release"',
      'schema = "schemas/release.json"',
      `if = "\${{ !contains(event.payload.tag, '-') && semver(event.payload.tag, '>=1') }}"`,
      "[[steps]]",
      'name = "beta"',
      'runner = "bun"',
      'script = "exec/run.ts"',
      "[steps.trigger]",
      'type = "upstream.release"',
      `if = "contains(event.payload.tag, 'beta')"`,
      "[[steps]]",
      'name = "on-push"',
      'runner = "bun"',
      'script = "exec/run.ts"',
      "[steps.trigger]",
      'type = "push"',
      "if = \"github.ref == 'refs/heads/main'\"",
      "[[steps]]",
      'name = "manual"',
      'runner = "bun"',
      'script = "exec/run.ts"',
      "",
    ].join("\n"),
    "flows/codex/schemas/release.json": JSON.stringify({ type: "object", required: ["tag"], properties: { repo: { enum: ["openai/codex"] } } }),
    "flows/codex/exec/run.ts": 'console.log(\'FLOW_RESULT {"status":"completed"}\');\n',
  });
});
afterEach(async () => {
  await repo.cleanup();
});

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, "--repo", repo.root], { env: { FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR, ...env }, out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join(""), err: err.join("") };
}

describe("flows explain", () => {
  it("says for every step whether it matches and why: type, schema, condition with the values it read", async () => {
    const path = join(repo.root, "event.json");
    await writeFile(path, JSON.stringify(releaseEvent({ tag: "v1.2.3" })));
    const { code, out } = await cli(["explain", "--event", path]);
    expect(code).toBe(0);
    expect(out).toContain("1 of 4 steps matched");
    expect(out).toContain("MATCH  codex/stable");
    expect(out).toMatch(/schema {5}ok {3}schemas\/release.json/);
    expect(out).toContain(`event.payload.tag = "v1.2.3"`);
    expect(out).toMatch(/no {5}codex\/beta[\s\S]*condition {2}FAIL contains\(event.payload.tag, 'beta'\)/);
    expect(out).toMatch(/no {5}codex\/on-push[\s\S]*type {7}FAIL push[\s\S]*condition {2}-- {3}github.ref/);
    expect(out).toMatch(/no {5}codex\/manual[\s\S]*no \[steps.trigger\]/);
  });

  it("says why github.ref is null for a FlowEvent, and what to read instead", async () => {
    const path = join(repo.root, "event.json");
    await writeFile(path, JSON.stringify({ id: "try-1", type: "push", payload: { ref: "refs/heads/main" } }));
    const { out } = await cli(["explain", "--event", path]);
    expect(out).toContain(
      "why not    condition `github.ref == 'refs/heads/main'` is false: github.ref = null; github is empty here (only a job's own webhook event, `flows github` and `flows explain --event-name` fill it): read event.payload instead",
    );
    // With a github context, a false condition is only that.
    await writeFile(path, JSON.stringify({ ...githubExample("push", 4), ref: "refs/heads/dev" }));
    const push = await cli(["explain", "--event", path, "--event-name", "push"]);
    expect(push.out).toContain('why not    condition `github.ref == \'refs/heads/main\'` is false: github.ref = "refs/heads/dev"\n');
  });

  it("reports schema errors and, for a GitHub payload with --event-name, the github context", async () => {
    const path = join(repo.root, "event.json");
    await writeFile(path, JSON.stringify(releaseEvent({ repo: "other/repo" })));
    const schema = await cli(["explain", "--event", path, "--json"]);
    const steps = JSON.parse(schema.out).steps as Array<Record<string, unknown>>;
    expect(steps[0]).toMatchObject({ step: "stable", matched: false, schemaVerdict: "failed", conditionVerdict: "not checked" });
    expect(String(steps[0]?.reason)).toContain("must be equal to one of the allowed values");

    const payload = githubExample("push", 4);
    await writeFile(path, JSON.stringify(payload));
    const push = await cli(["explain", "--event", path, "--event-name", "push"], { GITHUB_REF: "refs/heads/main" });
    expect(push.out).toContain("MATCH  codex/on-push");
    expect(push.out).toContain('github.ref = "refs/heads/main"');
  });
});

describe("explanations in the job summary", () => {
  it("a debug dispatch carries the explanation and the summary shows it as a table", async () => {
    const outcome = await dispatch(releaseEvent({ tag: "rust-v1.3.0-beta.1" }), { repoRoot: repo.root, dryRun: true, explain: true });
    expect(outcome.explanation?.map((step) => [step.step, step.matched])).toEqual([
      ["stable", false],
      ["beta", true],
      ["on-push", false],
      ["manual", false],
    ]);
    const summary = renderSummary(outcome, { baseDir: repo.root });
    expect(summary).toContain("### Why each step matched `upstream.release` or not");
    expect(summary).toContain("| codex | stable | ✅ `upstream.release` | ✅ `schemas/release.json` | ❌ `${{ !contains(event.payload.tag, '-')");
    expect(summary).toContain('event.payload.tag = "rust-v1.3.0-beta.1"');
  });

  it("without debug there is no explanation, and steps whose condition was false are listed under the runs", async () => {
    const outcome = await dispatch(releaseEvent({ tag: "rust-v1.3.0-beta.1" }), { repoRoot: repo.root, dryRun: true });
    expect(outcome.explanation).toBeUndefined();
    const summary = renderSummary(outcome, { baseDir: repo.root });
    expect(summary).not.toContain("Why each step matched");
    expect(summary).toContain("Not matched: 1 step whose condition was not true");
    expect(summary).toContain('is false: event.payload.tag = "rust-v1.3.0-beta.1"');
  });
});

describe("conditions on the action's code path (flows github)", () => {
  it("see the job's github context, and RUNNER_DEBUG adds the explanation to the job summary", async () => {
    const path = join(repo.root, "push.json");
    await writeFile(path, JSON.stringify(githubExample("push", 4)));
    const args = ["github", "--event-name", "push", "--event-path", path, "--dry-run", "--state", "none"];
    const main_ = await cli([...args, "--json"], { GITHUB_REF: "refs/heads/main" });
    const outcome = JSON.parse(main_.out).outcome as { matched: number };
    expect(outcome.matched).toBe(1);

    const other = await cli([...args, "--json"], { GITHUB_REF: "refs/heads/dev" });
    const missed = JSON.parse(other.out).outcome as { matched: number; mismatches: Array<{ step: string; message: string }> };
    expect(missed.matched).toBe(0);
    expect(missed.mismatches.find((miss) => miss.step === "on-push")?.message).toBe(
      "condition `github.ref == 'refs/heads/main'` is false: github.ref = \"refs/heads/dev\"",
    );

    const debug = await cli(args, { GITHUB_REF: "refs/heads/main", RUNNER_DEBUG: "1" });
    expect(debug.out).toContain("### Why each step matched `push` or not");
    expect(debug.out).toContain("| codex | on-push | ✅ `push` | – | ✅ `github.ref == 'refs/heads/main'` | yes |");
  });
});


describe("the github context of a webhook payload on this machine (no runner variables)", () => {
  // A runner sets GITHUB_REF and its kin from the event; locally they are unset, and the README's
  // own `github.ref == 'refs/heads/main'` example must still see the pushed branch.
  it("takes github.ref, ref_name, head_ref and base_ref from the payload, as the runner would set them", async () => {
    const path = join(repo.root, "push.json");
    await writeFile(path, JSON.stringify({ ...githubExample("push", 4), ref: "refs/heads/main" }));
    const explain = await cli(["explain", "--event", path, "--event-name", "push"]);
    expect(explain.out).toContain("MATCH  codex/on-push");
    expect(explain.out).toContain('github.ref = "refs/heads/main"');
    const github = await cli(["github", "--event-name", "push", "--event-path", path, "--dry-run", "--state", "none", "--json"]);
    expect((JSON.parse(github.out).outcome as { matched: number }).matched).toBe(1);
    // A variable that is set (a job's own) is kept, as before.
    const dev = await cli(["explain", "--event", path, "--event-name", "push"], { GITHUB_REF: "refs/heads/dev" });
    expect(dev.out).toContain('github.ref = "refs/heads/dev"');
  });

  it("gives a pull request its merge ref and branches, and a release its tag", async () => {
    await writeFiles(repo.root, {
      "flows/ctx/flow.toml": [
        'name = "ctx"',
        "version = 1",
        "[[steps]]",
        'name = "pr"',
        'runner = "bun"',
        'script = "exec/run.ts"',
        "[steps.trigger]",
        'type = "pull_request.opened"',
        "if = \"github.ref == 'refs/pull/2/merge' && github.ref_name == '2/merge' && github.head_ref == 'changes' && github.base_ref == 'master'\"",
        "[[steps]]",
        'name = "release"',
        'runner = "bun"',
        'script = "exec/run.ts"',
        "[steps.trigger]",
        'type = "release.published"',
        "if = \"github.ref == 'refs/tags/0.0.1' && github.ref_name == '0.0.1'\"",
        "",
      ].join("\n"),
      "flows/ctx/exec/run.ts": 'console.log(\'FLOW_RESULT {"status":"completed"}\');\n',
    });
    for (const [name, payload] of [
      ["pull_request", githubExample("pull_request", 0, "opened")],
      ["release", githubExample("release", 0, "published")],
    ] as const) {
      const path = join(repo.root, `${name}.json`);
      await writeFile(path, JSON.stringify(payload));
      const { out } = await cli(["explain", "--event", path, "--event-name", name, "--json"]);
      const steps = JSON.parse(out).steps as Array<{ flow: string; step: string; matched: boolean; reason?: string }>;
      const step = steps.find((s) => s.flow === "ctx" && (s.step === "pr") === (name === "pull_request"));
      expect(step?.matched, `${name}: ${step?.reason}`).toBe(true);
    }
  });
});
