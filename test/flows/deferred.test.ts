import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { scanManifest } from "../../src/flows/deferred.js";
import { discoverFlows, loadDeferredFlows } from "../../src/flows/index.js";
import { flowEvent, rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-deferred-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("scanManifest", () => {
  it("reads the name and every type value of a plain manifest", () => {
    const text = 'name = "a"\nversion = 1\n[[steps]]\nname = "s"\n[steps.trigger]\ntype = "push" # on push\n[[steps]]\nname = "t"\n[steps.trigger]\ntype = "pull_request.*"\n';
    expect(scanManifest(text)).toEqual({ name: "a", types: ["push", "pull_request.*"] });
  });

  it("gives up on forms a line scan cannot be sure of", () => {
    expect(scanManifest('name = "a"\n[[steps]]\ntrigger = { type = "push" }\n')).toBeUndefined();
    expect(scanManifest('name = "a"\n[[steps]]\n[steps.trigger]\n"type" = "push"\n')).toBeUndefined();
    expect(scanManifest('name = "a"\ndescription = """\ntype = "x"\n"""\n')).toBeUndefined();
    expect(scanManifest('name = "a"\n[steps.trigger]\ntype = \'push\'\n')).toBeUndefined();
    expect(scanManifest('name = "a\\u0041"\n')).toBeUndefined();
    expect(scanManifest('version = 1\n')).toBeUndefined();
  });
});

describe("discovery for one event", () => {
  it("parses only the packages that could match, and the others when an event for them comes", async () => {
    await writeFlow(repo.dir, { name: "on-push", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    await writeFlow(repo.dir, { name: "on-release", steps: [{ name: "s", trigger: "release.published", source: rawStep("completed") }] });
    const discovery = await discoverFlows({ repoRoot: repo.dir, eventType: "push", deferAbove: 0 });
    expect(discovery.flows.map((flow) => flow.name)).toEqual(["on-push"]);
    expect(discovery.deferred?.map((item) => item.name)).toEqual(["on-release"]);
    expect(loadDeferredFlows(discovery, "release.published").map((flow) => flow.name)).toEqual(["on-push", "on-release"]);
    expect(discovery.deferred).toEqual([]);
  });

  it("keeps an installed copy in front of a source copy even when only the source could match", async () => {
    await writeFlow(repo.dir, { name: "twin", root: ".codex/flows", steps: [{ name: "s", trigger: "release.published", source: rawStep("completed") }] });
    await writeFlow(repo.dir, { name: "twin", root: "flows", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    const discovery = await discoverFlows({ repoRoot: repo.dir, eventType: "push", deferAbove: 0 });
    expect(discovery.flows.map((flow) => flow.manifestPath)).toEqual([join(repo.dir, ".codex/flows/twin/flow.toml")]);
    expect(discovery.shadowed.map((s) => s.shadowedManifest)).toEqual([join(repo.dir, "flows/twin/flow.toml")]);
  });

  it("parses at once a package the scan cannot read, so it is never wrongly left out", async () => {
    await writeText(join(repo.dir, "flows/inline/exec/s.ts"), rawStep("completed"));
    await writeText(join(repo.dir, "flows/inline/flow.toml"), 'name = "inline"\nversion = 1\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "exec/s.ts"\ntrigger = { type = "push" }\n');
    const discovery = await discoverFlows({ repoRoot: repo.dir, eventType: "push", deferAbove: 0 });
    expect(discovery.flows.map((flow) => flow.name)).toEqual(["inline"]);
  });

  it("parses with every event a package whose trigger type matches no GitHub event by a slip, so each event warns about it", async () => {
    await writeFlow(repo.dir, { name: "typo", steps: [{ name: "s", trigger: "pul_request.opened", source: rawStep("completed") }] });
    await writeFlow(repo.dir, { name: "spaced", steps: [{ name: "s", trigger: "release.published ", source: rawStep("completed") }] });
    await writeFlow(repo.dir, { name: "own", steps: [{ name: "s", trigger: "deploy.finished", source: rawStep("completed") }] });
    await writeFlow(repo.dir, { name: "own-slip", steps: [{ name: "s", trigger: "patch.applied", source: rawStep("completed") }] });
    const discovery = await discoverFlows({ repoRoot: repo.dir, eventType: "push", deferAbove: 0 });
    expect(discovery.deferred?.map((item) => item.name).sort()).toEqual(["own", "own-slip"]);
    expect(discovery.flows.map((flow) => flow.name).sort()).toEqual(["spaced", "typo"]);
    const warnings = discovery.problems.map((p) => [p.file.slice(repo.dir.length + 1), p.severity, p.line, p.message]);
    expect(warnings).toEqual([
      ["flows/spaced/flow.toml", "warning", 10, expect.stringContaining('steps[0].trigger.type "release.published " has spaces around it')],
      ["flows/typo/flow.toml", "warning", 10, expect.stringContaining('steps[0].trigger.type "pul_request.opened" matches no GitHub event')],
    ]);
  });

  it("parses every package of a repository with few of them, so any event reports a broken one", async () => {
    await writeText(join(repo.dir, "flows/broken-other/flow.toml"), 'name = "broken-other"\nversion = "1"\n[[steps]]\nname = "s"\n[steps.trigger]\ntype = "other"\n');
    const discovery = await discoverFlows({ repoRoot: repo.dir, eventType: "push" });
    expect(discovery.deferred).toEqual([]);
    expect(discovery.problems.map((p) => p.file)).toContain(join(repo.dir, "flows/broken-other/flow.toml"));
  });

  it("runs a chained event's steps from a package deferred at discovery", async () => {
    await writeFlow(repo.dir, {
      name: "first",
      steps: [{ name: "s", trigger: "one", source: 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [{ id: "e2", type: "two" }] }));' }],
    });
    await writeFlow(repo.dir, { name: "second", steps: [{ name: "s", trigger: "two", source: rawStep("changed", "second ran") }] });
    const discovery = await discoverFlows({ repoRoot: repo.dir, eventType: "one", deferAbove: 0 });
    expect(discovery.deferred?.map((item) => item.name)).toEqual(["second"]);
    const outcome = await dispatch(flowEvent("one", "e1"), { repoRoot: repo.dir, discovery });
    expect(outcome.children[0]?.runs.map((run) => [run.flowName, run.resultPayload?.message])).toEqual([["second", "second ran"]]);
  });

  it("reports a broken package that could match, and leaves one that could not to flows validate", async () => {
    await writeText(join(repo.dir, "flows/broken-push/flow.toml"), 'name = "broken-push"\nversion = "1"\n[[steps]]\nname = "s"\n[steps.trigger]\ntype = "push"\n');
    await writeText(join(repo.dir, "flows/broken-other/flow.toml"), 'name = "broken-other"\nversion = "1"\n[[steps]]\nname = "s"\n[steps.trigger]\ntype = "other"\n');
    const forPush = await discoverFlows({ repoRoot: repo.dir, eventType: "push", deferAbove: 0 });
    expect(forPush.problems.map((p) => p.file)).toContain(join(repo.dir, "flows/broken-push/flow.toml"));
    expect(forPush.problems.map((p) => p.file)).not.toContain(join(repo.dir, "flows/broken-other/flow.toml"));
    const all = await discoverFlows({ repoRoot: repo.dir });
    expect(all.problems.map((p) => p.file)).toContain(join(repo.dir, "flows/broken-other/flow.toml"));
  });
});
