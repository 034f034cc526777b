
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { conditionCompileCount } from "../../src/flows/condition.js";
import { discoverFlows, loadDeferredFlows } from "../../src/flows/discovery.js";
import { matchSteps } from "../../src/flows/match.js";
import { validateFlows } from "../../src/flows/validate.js";
import { makeTempRepo, releaseEvent, type TempRepo, writeConditionPackage as writePackage } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});


/** A package whose one step triggers on upstream.release with the given `if = ...` line(s). */
const writeConditionPackage = (folder: string, ifLines: string): Promise<string> => writePackage(repo.root, folder, ifLines, { config: true });

describe("trigger conditions in flow.toml", () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow wrapper, as a user writes it.
  it("a condition wrapped in ${{ }} is unwrapped and decides the match", async () => {
    await writeConditionPackage("codex", `if = "\${{ startsWith(event.payload.tag, 'rust-v') && flow.config.channel == 'stable' }}"`);
    const { flows, problems } = await discoverFlows({ repoRoot: repo.root });
    expect(problems).toEqual([]);
    expect(flows[0]?.steps[0]?.trigger?.if).toContain("startsWith");

    expect((await matchSteps(flows, releaseEvent())).matched).toHaveLength(1);
    const other = await matchSteps(flows, releaseEvent({ tag: "v0.9.0" }));
    expect(other.matched).toHaveLength(0);
    expect(other.mismatches[0]).toMatchObject({ reason: "condition" });
    expect(other.mismatches[0]?.message).toBe(
      "condition `startsWith(event.payload.tag, 'rust-v') && flow.config.channel == 'stable'` is false: " +
        'event.payload.tag = "v0.9.0"',
    );
    expect(other.mismatches[0]?.condition?.values).toEqual([{ path: "event.payload.tag", value: '"v0.9.0"' }]);
  });

  it.each([
    ["a syntax error", `if = "event.payload.tag = 'v1'"`, 25, /is not a valid expression: unexpected '=' at character 19; compare with ==/],
    ["an unknown context", `if = 'secrets.TOKEN != null'`, 7, /reads 'secrets', which is not a context; a condition can read event, github, flow and env/],
    ["an unknown function", `if = "success() && event.payload.tag != ''"`, 7, /calls success\(\), which conditions do not have/],
    ["a property the flow context lacks", `if = "flow.nmae == 'x'"`, 12, /reads flow.nmae, which flow does not have; it has name, version, config/],
    ["a bad semver range", `if = "semver(event.payload.tag, '>>1')"`, 7, /calls semver\(\) with arguments it cannot use: semver\(\) range '>>1' is not a valid range/],
    ["a bad glob", `if = "glob(event.payload.tag, 'v[1')"`, 7, /calls glob\(\) with arguments it cannot use/],
    ["bad JSON in fromJSON", `if = "contains(fromJSON('[1,'), 1)"`, 16, /calls fromJSON\(\) with arguments it cannot use/],
    ["too many arguments", `if = "startsWith('a', 'b', 'c')"`, 7, /calls startsWith\(\) with too many arguments at character 1; startsWith\(\) takes 2 arguments\.$/],
    ["too few arguments", `if = "event.type != '' && semver(event.payload.tag)"`, 27, /calls semver\(\) with too few arguments at character 21; semver\(\) takes 2 arguments\.$/],
    ["a string left open", `if = "event.type == 'upstream.release"`, 21, /unexpected ''upstream.release' at character 15; the string is not closed: add the closing '\.$/],
    ["and instead of &&", `if = "event.type != '' and true"`, 24, /it has an unexpected 'and' at character 18; write && and \|\| for and\/or\.$/],
    ["not instead of !", `if = "not event.payload.prerelease"`, 7, /reads 'not', which is not a context; a condition can read event, github, flow and env; write ! for not\.$/],
    ["True instead of true", `if = "event.payload.prerelease == True"`, 35, /reads 'True', which is not a context; .*; write true in lower case\.$/],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow wrapper, as a user writes it.
    ["${{ }} around part of it", `if = "\${{ event.type }} == 'x'"`, 7, /has \$\{\{ \}\} around only part of the condition/],
  ])("%s is a manifest problem at its line and column", async (_what, line, column, message) => {
    const manifest = await writeConditionPackage("broken", line);
    const result = await validateFlows({ repoRoot: repo.root });
    const errors = result.problems.filter((problem) => problem.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: manifest, line: 14, column });
    expect(errors[0]?.message).toMatch(/^steps\[0\]\.trigger\.if /);
    expect(errors[0]?.message).toMatch(message);
  });

  it("finds the column inside escaped and multi-line strings", async () => {
    const manifest = await writeConditionPackage("escaped", 'if = "contains(\'a\\tb\', event.type) && nope.x"');
    const [problem] = (await validateFlows({ repoRoot: repo.root })).problems;
    // `\t` is one character of the condition but two of the line: nope is at character 32.
    expect(problem).toMatchObject({ file: manifest, line: 14, column: 39 });

    await repo.cleanup();
    repo = await makeTempRepo();
    const multi = await writeConditionPackage("multi", "if = '''\nevent.type == 'upstream.release'\n  && env.X = 1'''");
    const [second] = (await validateFlows({ repoRoot: repo.root })).problems;
    expect(second).toMatchObject({ file: multi, line: 16, column: 12 });
  });

  it("a condition that is not a string is a manifest problem", async () => {
    const manifest = await writeConditionPackage("typed", "if = true");
    const { flows, problems } = await discoverFlows({ repoRoot: repo.root });
    expect(flows).toEqual([]);
    expect(problems[0]).toMatchObject({ file: manifest, line: 14, severity: "error" });
    expect(problems[0]?.message).toContain("steps[0].trigger.if is true (a boolean); expected a non-empty string");
  });

  it("a broken condition never crashes a dispatch: the step does not match and the problem is reported", async () => {
    await writeConditionPackage("broken", `if = "event.payload.tag === 'v1'"`);
    await writeConditionPackage("fine", `if = "event.payload.repo == 'openai/codex'"`);
    const outcome = await dispatch(releaseEvent(), { repoRoot: repo.root, dryRun: true });
    expect(outcome.runs.map((run) => run.flowName)).toEqual(["fine"]);
    expect(outcome.mismatches).toHaveLength(1);
    expect(outcome.mismatches[0]).toMatchObject({ reason: "condition" });
    expect(outcome.mismatches[0]?.message).toMatch(/^condition cannot be used: it is not a valid expression/);
    expect(outcome.problems.filter((problem) => problem.severity === "error")).toHaveLength(1);
  });

  it("an evaluation error is a mismatch that says what failed, not a crash", async () => {
    await writeConditionPackage("json", `if = "fromJSON(event.payload.tag).x == 1"`);
    const outcome = await dispatch(releaseEvent(), { repoRoot: repo.root, dryRun: true });
    expect(outcome.runs).toEqual([]);
    expect(outcome.mismatches[0]?.message).toMatch(
      /^condition `fromJSON\(event.payload.tag\).x == 1` could not be evaluated \(Error parsing JSON when evaluating fromJson: .*\): event.payload.tag = "rust-v1.2.3"$/,
    );
  });

  it("changed() answers from a push's webhook payload and says when it cannot", async () => {
    await writeConditionPackage("changes", `if = "changed('bindings/*')"`);
    const { flows } = await discoverFlows({ repoRoot: repo.root });
    const step = flows[0]?.steps[0];
    if (step?.trigger) step.trigger.type = "*";
    const push = {
      id: "p",
      type: "push",
      receivedAt: "2026-01-01T00:00:00Z",
      payload: { github: { commits: [{ added: ["bindings/rust/lib.rs"], modified: [], removed: [] }] } },
    };
    expect((await matchSteps(flows, push)).matched).toHaveLength(1);
    const pr = { id: "q", type: "pull_request.opened", receivedAt: "2026-01-01T00:00:00Z", payload: { number: 2 } };
    const result = await matchSteps(flows, pr);
    expect(result.mismatches[0]?.condition?.result).toBe("error");
    expect(result.mismatches[0]?.message).toContain("changed() cannot tell which files this pull request touched");
    expect((await matchSteps(flows, pr, { changedFiles: async () => ["bindings/go/x.go"] })).matched).toHaveLength(1);
    expect((await matchSteps(flows, releaseEvent())).mismatches[0]?.message).toContain(
      "changed() works on push and pull_request events; this is a upstream.release event",
    );
  });

  it("env values that look secret are not repeated in the reason", async () => {
    await writeConditionPackage("secret", `if = "env.DEPLOY_TOKEN == 'x' && env.CHANNEL == 'x'"`);
    const { flows } = await discoverFlows({ repoRoot: repo.root });
    const result = await matchSteps(flows, releaseEvent(), { env: { DEPLOY_TOKEN: "hunter2", CHANNEL: "beta" } });
    expect(result.mismatches[0]?.condition?.values).toEqual([{ path: "env.DEPLOY_TOKEN", value: "***" }]);
    expect(result.mismatches[0]?.message).not.toContain("hunter2");
  });

  it("masks every env name with KEY in it, as docs/conditions.md says (`*KEY*`), not only API keys", async () => {
    await writeConditionPackage("secret-key", `if = "env.DEPLOY_KEY == 'x' || env.ssh_key == 'x'"`);
    const { flows } = await discoverFlows({ repoRoot: repo.root });
    const result = await matchSteps(flows, releaseEvent(), { env: { DEPLOY_KEY: "hunter2", ssh_key: "hunter3" } });
    expect(result.mismatches[0]?.condition?.values).toEqual([
      { path: "env.DEPLOY_KEY", value: "***" },
      { path: "env.ssh_key", value: "***" },
    ]);
    expect(result.mismatches[0]?.message).not.toMatch(/hunter/);
  });

  it("an error quoting a masked env value (fromJSON, format, semver, glob of it) shows *** in its place", async () => {
    const condition = "fromJSON(env.DEPLOY_TOKEN) == 1 || semver('1.0.0', env.API_KEY)";
    await writeConditionPackage("secret-error", `if = "${condition}"`);
    const { flows } = await discoverFlows({ repoRoot: repo.root });
    const result = await matchSteps(flows, releaseEvent(), { env: { DEPLOY_TOKEN: "hunter2{[", API_KEY: "hunter3" } });
    // JSON.parse's own reason quotes a cut piece of the text (its first letter, its first characters): left out.
    expect(result.mismatches[0]?.message).toBe(
      `condition \`${condition}\` could not be evaluated (Error parsing JSON when evaluating fromJson): env.DEPLOY_TOKEN = ***`,
    );
    expect(result.mismatches[0]?.message).not.toMatch(/hunter/);
    await writeConditionPackage("secret-error", `if = "semver('1.0.0', env.API_KEY)"`);
    const range = await matchSteps((await discoverFlows({ repoRoot: repo.root })).flows, releaseEvent(), { env: { API_KEY: "hunter3" } });
    expect(range.mismatches[0]?.message).toBe(
      "condition `semver('1.0.0', env.API_KEY)` could not be evaluated (semver() range '***' is not a valid range; write e.g. '>=1.2.0 <2', " +
        "'^1.4' or '1.x'): env.API_KEY = ***",
    );
  });

  it("masks an env value whose name the condition computes (env[x], env.*): it may name any variable", async () => {
    await writeConditionPackage("secret-dynamic", `if = "env[event.payload.which] == 'x' || contains(env.*, 'x')"`);
    const { flows } = await discoverFlows({ repoRoot: repo.root });
    const result = await matchSteps(flows, releaseEvent({ which: "DB_PASS" }), { env: { DB_PASS: "hunter2", CHANNEL: "beta" } });
    expect(result.mismatches[0]?.condition?.values).toEqual([
      { path: "event.payload.which", value: '"DB_PASS"' },
      { path: "env[event.payload.which]", value: "***" },
      { path: "env.*", value: "***" },
    ]);
    expect(result.mismatches[0]?.message).not.toMatch(/hunter|beta/);
  });
});

describe("conditions are parsed once per package", () => {
  it("discovery compiles each condition once; matching many events compiles nothing more", async () => {
    for (const name of ["a", "b", "c"]) await writeConditionPackage(name, `if = "glob(event.payload.tag, 'rust-v*')"`);
    const before = conditionCompileCount();
    const { flows } = await discoverFlows({ repoRoot: repo.root });
    expect(conditionCompileCount() - before).toBe(3);
    for (let i = 0; i < 20; i++) {
      const result = await matchSteps(flows, releaseEvent({ tag: i % 2 === 0 ? `rust-v1.${i}.0` : `v1.${i}.0` }));
      expect(result.matched).toHaveLength(i % 2 === 0 ? 3 : 0);
    }
    expect(conditionCompileCount() - before).toBe(3);
  });

  it("a package parsed after discovery (deferred) compiles its condition on its first event, once", async () => {
    for (let i = 0; i < 4; i++) await writeConditionPackage(`p${i}`, `if = "event.payload.tag != ''"`);
    const before = conditionCompileCount();
    const discovery = await discoverFlows({ repoRoot: repo.root, eventType: "push", deferAbove: 2 });
    expect(discovery.deferred).toHaveLength(4);
    expect(conditionCompileCount()).toBe(before);
    const flows = loadDeferredFlows(discovery, "upstream.release");
    for (let i = 0; i < 5; i++) expect((await matchSteps(flows, releaseEvent())).matched).toHaveLength(4);
    expect(conditionCompileCount() - before).toBe(4);
  });
});
