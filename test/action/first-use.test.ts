import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// Mistakes a first-time user of the action makes in a workflow: each is told in one line that
// names the input and what to change, and none is mistaken for "nothing to do".

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const push = examples.find((g) => g.name === "push")?.examples.find((e) => (e.commits as unknown[]).length > 0) as { repository: { full_name: string } };
const repository = push.repository.full_name;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-first-use-");
  server = await startGitHubApiServer();
  await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "push", source: rawStep("completed", "notes written") }] });
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

const onPush = (inputs: Record<string, string>) =>
  runInProcess({
    workspace: repo.dir,
    eventName: "push",
    payload: push,
    inputs: { state: "none", checks: "off", comment: "off", ...inputs },
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository },
  });

const warnings = (log: string) => log.split("\n").filter((line) => line.startsWith("::warning"));

describe("flow roots that are not there", () => {
  it("a flows-path folder that does not exist is a warning naming it, not a quiet 'nothing matched'", async () => {
    const run = await onPush({ "flows-path": "flow" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.matched).toBe("0");
    expect(warnings(run.stdout)).toEqual([
      `::warning title=flows-action,file=input "flows-path"::"flow" is not a folder in the workspace (${repo.dir}), so no flows were loaded from it. Does the job check out the repository (actions/checkout) before this step?`,
    ]);
    expect(run.summary).toContain('`input "flows-path"`');
  });

  it("says that flows-path takes folders when it is given a glob", async () => {
    const run = await onPush({ "flows-path": "flows/*\nflows" });
    expect(run.outputs.matched).toBe("1");
    expect(warnings(run.stdout)).toEqual([
      `::warning title=flows-action,file=input "flows-path"::"flows/*" is not a folder in the workspace (${repo.dir}), so no flows were loaded from it. flows-path takes folders (each subfolder with a flow.toml is a package), not glob patterns.`,
    ]);
  });

  it("a job that did not check out the repository is told so", async () => {
    await rm(join(repo.dir, "flows"), { recursive: true });
    const run = await onPush({});
    expect(run.code, run.stdout).toBe(0);
    expect(warnings(run.stdout)).toEqual([
      `::warning title=flows-action,file=input "flows-path"::No flow package was loaded: neither .codex/flows nor flows is a folder in the workspace (${repo.dir}). Does the job check out the repository (actions/checkout) before this step? Or set flows-path to the folders that hold your flow packages.`,
    ]);
  });

  it("a flows-path that names a flow package itself, not the folder holding packages, is a warning naming the folder to use", async () => {
    const run = await onPush({ "flows-path": "flows/notes" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.matched).toBe("0");
    expect(warnings(run.stdout)).toEqual([
      `::warning title=flows-action,file=input "flows-path"::"flows/notes" holds no flow package, so no flows were loaded from it: it is a flow package itself (it has a flow.toml). flows-path takes the folders that hold packages, one subfolder each: here "flows".`,
    ]);
  });

  it("a flows-path folder that holds no package is a warning, not a quiet 'nothing matched'", async () => {
    await mkdir(join(repo.dir, "tools"));
    const run = await onPush({ "flows-path": "tools\nflows" });
    expect(run.outputs.matched).toBe("1");
    expect(warnings(run.stdout)).toEqual([
      `::warning title=flows-action,file=input "flows-path"::"tools" holds no flow package (a subfolder with a flow.toml), so no flows were loaded from it.`,
    ]);
  });

  it("one default root missing says nothing", async () => {
    const run = await onPush({});
    expect(run.outputs.matched).toBe("1");
    expect(warnings(run.stdout)).toEqual([]);
  });
});

describe("a folder under a flow root that is not a package", () => {
  // Before, only the CLI said it (on standard error): the action loaded the other packages and
  // passed the folder by without a word, as if its steps did not exist.
  it("is a warning annotation at the folder and a row of the summary's problems, as validate says it", async () => {
    await mkdir(join(repo.dir, "flows", "x"), { recursive: true });
    await writeFile(join(repo.dir, "flows", "x", "flow.tml"), 'name = "x"\n');
    const run = await onPush({ "flows-path": "flows\nnope" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.matched).toBe("1");
    const message =
      "folder holds no flow.toml, so it is not a flow package (it holds flow.tml: is that the manifest, misnamed?). A flow package's manifest must be named flow.toml; move other folders out of the flow root.";
    expect(warnings(run.stdout)).toEqual([
      // The missing root is said once, the action's way, not again as the layout check says it.
      `::warning title=flows-action,file=input "flows-path"::"nope" is not a folder in the workspace (${repo.dir}), so no flows were loaded from it.`,
      `::warning title=flows-action,file=flows/x::${message}`,
    ]);
    expect(run.summary).toContain(`| ⚠️ warning | \`flows/x\` | ${message} |`);
  });
});

describe("a flows-path folder too broad (/etc, ../..)", () => {
  it("is one warning per root that counts its folders that are not packages and names a few, not one per folder", async () => {
    for (let i = 0; i < 40; i++) {
      await mkdir(join(repo.dir, "broad", `d${String(i).padStart(2, "0")}`), { recursive: true });
      await writeFile(join(repo.dir, "broad", `d${String(i).padStart(2, "0")}`, "README"), "not a package\n");
    }
    // Outside the workspace, as /etc is: named by its absolute path.
    const outside = await tempRepo("flows-broad-outside-");
    onTestFinished(outside.cleanup);
    for (let i = 0; i < 12; i++) {
      await mkdir(join(outside.dir, `e${i}`));
      await writeFile(join(outside.dir, `e${i}`, "conf"), "x\n");
    }
    const run = await onPush({ "flows-path": `flows\nbroad\n${outside.dir}` });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.matched).toBe("1");
    const hint = "flows-path takes the folders that hold flow packages, one subfolder each: is it set to a folder too broad? `flows validate --flows-path <folder>` warns of each folder.";
    expect(warnings(run.stdout)).toEqual([
      `::warning title=flows-action,file=input "flows-path"::"broad" holds 40 folders that are not flow packages (no usable flow.toml), and no flow package, so no flows were loaded from it: "broad/d00", "broad/d01", "broad/d02" and 37 more. ${hint}`,
      `::warning title=flows-action,file=input "flows-path"::"${outside.dir}" holds 12 folders that are not flow packages (no usable flow.toml), and no flow package, so no flows were loaded from it: "${join(outside.dir, "e0")}", "${join(outside.dir, "e1")}", "${join(outside.dir, "e10")}" and 9 more. ${hint}`,
    ]);
    expect(run.summary.split("\n").filter((line) => line.includes("holds no flow.toml"))).toEqual([]);
  });

  it("with a package among them, counts the other folders without saying that no flows were loaded", async () => {
    for (let i = 0; i < 6; i++) {
      await mkdir(join(repo.dir, "flows", `junk${i}`));
      await writeFile(join(repo.dir, "flows", `junk${i}`, "notes.md"), "x\n");
    }
    const run = await onPush({ "flows-path": "flows" });
    expect(run.outputs.matched).toBe("1");
    expect(warnings(run.stdout)).toEqual([
      `::warning title=flows-action,file=input "flows-path"::"flows" holds 6 folders that are not flow packages (no usable flow.toml): "flows/junk0", "flows/junk1", "flows/junk2" and 3 more. flows-path takes the folders that hold flow packages, one subfolder each: is it set to a folder too broad? \`flows validate --flows-path <folder>\` warns of each folder.`,
    ]);
  });
});

describe("an empty github-token", () => {
  it("warns that no check run or comment was written, instead of skipping them quietly", async () => {
    const run = await onPush({ "github-token": "", checks: "per-step", comment: "on-pr" });
    expect(run.code, run.stdout).toBe(0);
    expect(warnings(run.stdout)).toEqual([
      '::warning::Input "github-token" is empty, so no check run or pull-request comment was written (a secret that is not set, or not available to this workflow, is an empty string). Pass a token, or set checks: off and comment: off.',
    ]);
    expect(server.requests).toEqual([]);
  });

  it("says nothing when checks and the comment are off", async () => {
    const run = await onPush({ "github-token": "" });
    expect(warnings(run.stdout)).toEqual([]);
  });
});

describe("the reusable workflow's modes, given wrong paths", () => {
  it("run-step with a runs-file that is a folder fails before any step runs, in one line naming the input", async () => {
    const folder = join(repo.dir, "out");
    await mkdir(folder);
    const run = await onPush({ mode: "run-step", steps: JSON.stringify([{ flow: "notes", step: "write" }]), "runs-file": folder });
    expect(run.code).toBe(1);
    expect(run.io.failed).toBe(`Input "runs-file" is ${folder}, which is a folder; give the path of a file to write, such as ${join(folder, "runs.json")}.`);
    expect(run.stdout).not.toContain("notes/write");
  });

  it("report with no runs handed over (no run-step job uploaded any) lists every planned step as canceled, and publishes its check run", async () => {
    const missing = join(repo.dir, "never-downloaded");
    const run = await onPush({ mode: "report", "runs-dir": missing, "github-token": "ghs_jobtoken", checks: "per-step" });
    expect(run.code, run.stdout).toBe(0);
    const results = JSON.parse(run.outputs.results ?? "[]") as FlowRunView[];
    expect(results.map((view) => [view.flowName, view.stepName, view.effectiveStatus])).toEqual([["notes", "write", "canceled"]]);
    expect(run.summary).toMatch(/\| notes \| write \| 🚫 canceled \| The run-step job for this step reported no result/);
    expect(warnings(run.stdout)).toEqual([
      // The folder named relative to the workspace, as paths in the action's messages are.
      `::warning title=flows-action,file=input "runs-dir"::${relative(repo.dir, missing)} does not exist: no run-step job handed over its runs (each was cancelled, failed before its steps ran, or did not upload runs-file), so every planned step is reported as canceled. See the run-step jobs' logs.`,
    ]);
    expect(run.summary).toContain("### Problems in the action's inputs (1)");
    // It is about the run-step jobs, not a flow package: no "flows: flow packages" check run lists it.
    expect(server.github.checkRuns.list(repository).map((check) => [check.name, check.conclusion])).toEqual([["flows: notes/write", "cancelled"]]);
    server.assertNoViolations();
  });

  it("report with a runs file it cannot read fails the job for the lost results, not as an error in flow packages", async () => {
    const runsFile = join(repo.dir, "downloaded", "flows-runs-1-0", "runs.json");
    await mkdir(join(runsFile, ".."), { recursive: true });
    await writeFile(runsFile, '{ "version": 1, "event":');
    const run = await onPush({ mode: "report", "runs-dir": join(repo.dir, "downloaded"), "github-token": "ghs_jobtoken", checks: "per-step" });
    expect(run.code, run.stdout).toBe(1);
    // A lost result must not pass: its step shows as canceled, which the default fail-on lets through.
    expect(run.io.failed).toBe(
      "1 runs file handed over by the run-step jobs could not be read: the results in it are lost, and their steps are reported as canceled. " +
        "The annotations and the job summary name the file; see the run-step jobs' logs.",
    );
    expect(run.stdout).toContain("::error title=flows-action,file=downloaded/flows-runs-1-0/runs.json::runs file skipped: ");
    expect(run.summary).toContain("### Problems in the run-step jobs' results (1)");
    expect(run.summary).toMatch(/\| notes \| write \| 🚫 canceled \| The run-step job for this step reported no result that could be read/);
    // Nothing in the commit causes or fixes it: no "flows: flow packages" check run lists it.
    expect(server.github.checkRuns.list(repository).map((check) => [check.name, check.conclusion])).toEqual([["flows: notes/write", "cancelled"]]);
    server.assertNoViolations();
  });
});

describe("a state-dir the job cannot use", () => {
  it("a file given as state-dir fails the job naming the input and what to change, before any step runs", async () => {
    await writeFile(join(repo.dir, "state.json"), "{}");
    const run = await onPush({ state: "file", "state-dir": "state.json" });
    expect(run.code).toBe(1);
    expect(run.io.failed).toBe(
      `cannot read records from the state folder ${join(repo.dir, "state.json")} (input "state-dir" is "state.json"): ${join(repo.dir, "state.json")} is a file, not a folder.\n` +
        'Set input "state-dir" to another folder, or move that file out of the way.',
    );
    expect(run.stdout).not.toContain("notes/write");
  });

  it("a state-dir where no folder can be made names the input too", async () => {
    const run = await onPush({ state: "file", "state-dir": "/proc/flows-state" });
    expect(run.code).toBe(1);
    expect(run.io.failed).toMatch(/^cannot save records to the state folder \/proc\/flows-state \(input "state-dir" is "\/proc\/flows-state"\): .* cannot be created there\.\n/);
    expect(run.io.failed).toMatch(/\nSet input "state-dir" to another folder on an ordinary writable disk\.$/);
  });

  it("with state-dir empty, the default folder's problem still names the input", async () => {
    await mkdir(join(repo.dir, ".codex"));
    await writeFile(join(repo.dir, ".codex", "flow-client"), "");
    const run = await onPush({ state: "file" });
    expect(run.code).toBe(1);
    expect(run.io.failed).toContain(`the state folder ${join(repo.dir, ".codex", "flow-client")} (input "state-dir" is empty: the default): `);
    expect(run.io.failed).toContain('Set input "state-dir" to another folder, or move that file out of the way.');
  });
});

describe("bun-version", () => {
  it("a version the download could never find fails at the start, even when bun is on PATH", async () => {
    const run = await onPush({ "bun-version": "latest" });
    expect(run.code).toBe(1);
    expect(run.io.failed).toMatch(/^Input "bun-version" is "latest"; expected an exact Bun version such as 1\.4\.5, .* oven-sh\/setup-bun/);
    expect(run.stdout).not.toContain("notes/write");
  });
});

describe("fail-on", () => {
  it("none beside statuses is refused with a message that does not contradict itself", async () => {
    const run = await onPush({ "fail-on": "none, failed" });
    expect(run.code).toBe(1);
    expect(run.io.failed).toBe('Input "fail-on" is "none, failed"; "none" stands alone (never fail the job), so drop it or the statuses beside it.');
  });
});
