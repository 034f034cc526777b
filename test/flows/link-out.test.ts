// A flow root, or a folder under one, that is a symbolic link out of the repository: a pull
// request can add `flows -> /` or `flows/x -> ../../..`, and the job would list, stat and read
// folders of the runner. Each such link is refused with one message naming it and its target,
// costs only its own packages, and the rest still run; links inside the repository still work.
import { spawnSync } from "node:child_process";
import { mkdir, realpath, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { discoverFlows } from "../../src/flows/discovery.js";
import { cliTestEnv } from "../helpers/cli.js";
import { rawStep, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { makeTempRepo, type TempRepo } from "./helpers.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let temp: TempRepo;
/** The repository (with .git) and a folder beside it, outside the repository. */
let repo: string;
let outside: string;
beforeEach(async () => {
  temp = await makeTempRepo();
  const top = await realpath(temp.root);
  repo = join(top, "repo");
  outside = join(top, "outside");
  await mkdir(join(repo, ".git"), { recursive: true });
  // Outside: a repository of its own with a package a job must never load.
  await mkdir(join(outside, ".git"), { recursive: true });
  await writeFlow(outside, { name: "stranger", root: "flows", steps: [{ name: "s", trigger: "push", source: rawStep("completed", "STRANGER RAN") }] });
});
afterEach(async () => {
  await temp.cleanup();
});

const names = (discovery: { flows: Array<{ name: string }> }) => discovery.flows.map((flow) => flow.name);
const said = (discovery: { problems: Array<{ severity: string; file?: string; message: string }> }) =>
  discovery.problems.map((p) => [p.severity, p.file, p.message]);

function rootRefused(root: string, target: string): [string, string, string] {
  return [
    "error",
    join(repo, root),
    `flow root "${root}" is a symbolic link to ${target}, outside the repository (${repo}), so no flows were loaded from it. ` +
      "Move the flow packages into the repository instead of linking to them.",
  ];
}

function packageRefused(folder: string, target: string): [string, string, string] {
  return [
    "error",
    join(repo, folder),
    `the package folder ${join(repo, folder)} is a symbolic link to ${target}, outside the repository (${repo}), so it is not loaded. ` +
      "Copy the package into the repository instead of linking to it.",
  ];
}

describe.skipIf(process.platform === "win32")("symbolic links out of the repository", () => {
  it("a flow root linked to / or up out of the repository is refused with one error; the other root still loads", async () => {
    await writeFlow(repo, { name: "codex", root: ".codex/flows", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    await symlink("/", join(repo, "flows"));
    for (const checkLayout of [false, true]) {
      const discovery = await discoverFlows({ repoRoot: repo, checkLayout, ...(checkLayout ? {} : { eventType: "push" }) });
      expect(names(discovery)).toEqual(["codex"]);
      expect(said(discovery)).toEqual([rootRefused("flows", "/")]);
    }
    // Up and over into another repository (its own .git did make it look like one before).
    await mkdir(join(repo, "lib"));
    await symlink("../../outside/flows", join(repo, "lib/flows"));
    const discovery = await discoverFlows({ repoRoot: repo, roots: ["lib/flows", ".codex/flows"], eventType: "push" });
    expect(names(discovery)).toEqual(["codex"]);
    expect(said(discovery)).toEqual([rootRefused("lib/flows", join(outside, "flows"))]);
  });

  it("a folder under a flow root linked out of the repository is refused, one error per link, whatever it holds; the rest load", async () => {
    await writeFlow(repo, { name: "mine", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    await symlink("/", join(repo, "flows/root"));
    await symlink("../../..", join(repo, "flows/up"));
    await symlink("../../outside/flows/stranger", join(repo, "flows/stranger"));
    const top = join(repo, "..", "..");
    const expected = [packageRefused("flows/root", "/"), packageRefused("flows/stranger", join(outside, "flows/stranger")), packageRefused("flows/up", await realpath(top))];
    for (const options of [{ eventType: "push" }, { checkLayout: true }, { eventType: "push", deferAbove: 0 }]) {
      const discovery = await discoverFlows({ repoRoot: repo, ...options });
      expect(names(discovery)).toEqual(["mine"]);
      expect(said(discovery)).toEqual(expected);
    }
  });

  it("a link to a file is no package, wherever it points: skipped as a plain file is, in the repository and in a root outside it", async () => {
    // `flows-path: /etc` holds `localtime -> /usr/share/zoneinfo/…`: it was refused as a package
    // folder linked out of the repository, and the job failed.
    await writeFlow(repo, { name: "mine", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    await writeFile(join(outside, "zone"), "TZif");
    await symlink(join(outside, "zone"), join(repo, "flows/localtime"));
    await symlink("../../outside/zone", join(repo, "flows/relative"));
    await symlink(join(outside, "zone"), join(outside, "flows/localtime"));
    for (const options of [{ eventType: "push" }, { checkLayout: true }, { eventType: "push", deferAbove: 0 }]) {
      const inside = await discoverFlows({ repoRoot: repo, ...options });
      expect(names(inside)).toEqual(["mine"]);
      expect(inside.problems).toEqual([]);
      const rootOutside = await discoverFlows({ repoRoot: repo, roots: ["../outside/flows"], ...options });
      expect(names(rootOutside)).toEqual(["stranger"]);
      expect(rootOutside.problems).toEqual([]);
    }
    // A folder linked out beside them is still refused.
    await symlink("/", join(repo, "flows/root"));
    const discovery = await discoverFlows({ repoRoot: repo, eventType: "push" });
    expect(said(discovery)).toEqual([packageRefused("flows/root", "/")]);
  });

  it("links that stay in the repository keep working, for a flow root and for a package", async () => {
    await writeFlow(repo, { name: "shared", root: "lib/flows", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    await writeFlow(repo, { name: "kept", root: "packages", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    await symlink("lib/flows", join(repo, "flows"));
    await mkdir(join(repo, ".codex/flows"), { recursive: true });
    await symlink("../../packages/kept", join(repo, ".codex/flows/kept"));
    const discovery = await discoverFlows({ repoRoot: repo, checkLayout: true });
    expect(names(discovery)).toEqual(["kept", "shared"]);
    expect(discovery.problems).toEqual([]);
  });

  it("a flow root written outside the repository is the user's choice: it loads, and its packages stay in it", async () => {
    await symlink("/", join(outside, "flows/root"));
    const discovery = await discoverFlows({ repoRoot: repo, roots: ["../outside/flows"], eventType: "push" });
    expect(names(discovery)).toEqual(["stranger"]);
    expect(said(discovery).map(([, file]) => file)).toEqual([join(outside, "flows/root")]);
  });

  it("flows validate says each link once and exits 1; the package beside it is listed", async () => {
    await writeFlow(repo, { name: "mine", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    await symlink("/", join(repo, "flows/root"));
    await symlink("../outside", join(repo, ".codex"));
    const run = (command: string) =>
      spawnSync(join(process.cwd(), "node_modules/.bin/bun"), [join(process.cwd(), "dist/cli/index.js"), "--repo", repo, "--no-color", command], {
        env: cliTestEnv(),
        encoding: "utf8",
        timeout: 60_000,
      });
    const validate = run("validate");
    expect(validate.status, validate.stderr).toBe(1);
    const errors = validate.stderr.split("\n").filter((line) => line.includes(": error: "));
    expect(errors).toEqual([
      `.codex/flows: error: flow root ".codex/flows" is a symbolic link to ${join(outside, "flows")}, outside the repository (${repo}), so no flows were loaded from it. Move the flow packages into the repository instead of linking to them.`,
      // The package folder is named as the prefix names it, relative to the repository.
      `flows/root: error: the package folder flows/root is a symbolic link to /, outside the repository (${repo}), so it is not loaded. Copy the package into the repository instead of linking to it.`,
    ]);
    expect(validate.stderr).not.toContain("warning");
    const list = run("list");
    expect(list.stdout).toContain("mine");
    expect(list.stdout).not.toContain("stranger");
  }, 60_000);

  it("the action refuses the same links, runs the package beside them and fails the job with the link named", async () => {
    await writeFlow(repo, { name: "mine", steps: [{ name: "s", trigger: "push", source: rawStep("completed", "MINE RAN") }] });
    await symlink("../../outside/flows/stranger", join(repo, "flows/stranger"));
    await symlink("../outside", join(repo, ".codex"));
    type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
    const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
    const push = examples.find((group) => group.name === "push")?.examples[0];
    const run = await runInProcess({ workspace: repo, eventName: "push", payload: push, inputs: { state: "none", checks: "off", comment: "off" } });
    expect(run.summary).toContain("MINE RAN");
    expect(`${run.stdout}${run.summary}`).not.toContain("STRANGER RAN");
    expect(run.outputs.matched).toBe("1");
    expect(run.stdout).toContain(`flow root ".codex/flows" is a symbolic link to ${join(outside, "flows")}, outside the repository`);
    expect(run.stdout).toContain(`is a symbolic link to ${join(outside, "flows/stranger")}, outside the repository`);
    expect(run.code).toBe(1);
  }, 60_000);
});
