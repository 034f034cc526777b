import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type DispatchObserver,
  DispatchOptionsError,
  defineFlow,
  discoverFlows,
  dispatch,
  FlowEventError,
  isUserError,
  MemoryStateStore,
  matchingSteps,
  PayloadBudgetError,
  UserError,
} from "../src/index.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "./helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "./helpers/fresh-dist.js";

let repo: { dir: string; cleanup: () => Promise<void> };
// The Node test runs dist/lib: waiting for a build another test file started (the sources
// changed) beats reading a dist/lib that build has just removed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);
beforeEach(async () => {
  repo = await tempRepo("flows-lib-");
  await writeFlow(repo.dir, { name: "lib", steps: [{ name: "s", trigger: "t", source: rawStep("changed", "from the library") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

describe("the library", () => {
  it("discovers, matches and dispatches with the same engine as the action", async () => {
    const discovery = await discoverFlows({ repoRoot: repo.dir });
    expect((await matchingSteps(discovery.flows, flowEvent("t"))).map((ref) => ref.step.name)).toEqual(["s"]);
    const store = new MemoryStateStore();
    const outcome = await dispatch(flowEvent("t", "lib-1"), { repoRoot: repo.dir, store, env: { PATH: process.env.PATH } });
    expect(outcome.runs[0]?.resultPayload?.message).toBe("from the library");
    expect((await store.loadEvent("lib-1"))?.runs).toHaveLength(1);
  });

  it("offers defineFlow, which returns the step function unchanged", () => {
    const step = async () => ({ status: "completed" as const });
    expect(defineFlow(step)).toBe(step);
  });

  it("throws errors a caller can tell apart by type: its own mistakes are UserErrors", async () => {
    const notAnEvent = await dispatch({ type: "t" }, { repoRoot: repo.dir }).catch((error: unknown) => error);
    expect(notAnEvent).toBeInstanceOf(FlowEventError);
    expect(notAnEvent).toBeInstanceOf(UserError);
    let deep: unknown = {};
    for (let level = 0; level < 300; level += 1) deep = { deep };
    const tooDeep = await dispatch({ id: "deep", type: "t", payload: deep }, { repoRoot: repo.dir }).catch((error: unknown) => error);
    expect(tooDeep).toBeInstanceOf(PayloadBudgetError);
    const badOption = await dispatch(flowEvent("t"), { repoRoot: repo.dir, concurrency: -1 }).catch((error: unknown) => error);
    expect(badOption).toBeInstanceOf(DispatchOptionsError);
    expect([notAnEvent, tooDeep, badOption].every(isUserError)).toBe(true);
  });

  it("works from Node through the bundled dist/lib", () => {
    const script = `const lib = await import(${JSON.stringify(resolve("dist/lib/index.js"))});
const outcome = await lib.dispatch({ id: "node-1", type: "t" }, { repoRoot: ${JSON.stringify(repo.dir)} });
console.log(JSON.stringify([typeof lib.defineFlow, outcome.runs[0].effectiveStatus, outcome.runs[0].resultPayload.message]));`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { PATH: process.env.PATH } });
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual(["function", "changed", "from the library"]);
  });

  it("records a step whose observer's onStepStart threw as not started, and rejects with the observer's error", async () => {
    // The step's record stayed "running" for ever, and the step after it was never recorded.
    await writeFlow(repo.dir, { name: "two", steps: [
      { name: "a", trigger: "t", source: rawStep("changed") },
      { name: "b", trigger: "t", source: rawStep("changed") },
    ] });
    const store = new MemoryStateStore();
    const ended: string[] = [];
    const observer = {
      onStepStart: (run: { stepName: string }) => {
        if (run.stepName === "a") throw new Error("observer broke");
      },
      onStepEnd: (run: { stepName: string; effectiveStatus: string }) => {
        ended.push(`${run.stepName}: ${run.effectiveStatus}`);
      },
    };
    const error = await dispatch(flowEvent("t", "obs-1"), { repoRoot: repo.dir, store, observer, concurrency: 1 }).catch((e: unknown) => e);
    expect(error).toEqual(new Error("observer broke"));
    const runs = (await store.loadEvent("obs-1"))?.runs ?? [];
    expect(runs.find((run) => run.stepName === "a")).toMatchObject({
      processStatus: "failed",
      effectiveStatus: "failed",
      error: "not started: the dispatch observer's onStepStart threw: observer broke",
    });
    // Nothing is left running, and no step starts after it (b), as when a store cannot save.
    expect(runs.filter((run) => run.processStatus === "running")).toEqual([]);
    expect(runs.map((run) => run.stepName)).not.toContain("b");
    expect(ended).toContain("a: failed");
  });

  it("rejects with what an observer's onStepLine threw once the step has ended and is recorded", async () => {
    // It was swallowed: the dispatch read as if every line had been shown.
    const store = new MemoryStateStore();
    const observer = {
      onStepLine: () => {
        throw new Error("line observer broke");
      },
    };
    const error = await dispatch(flowEvent("t", "obs-2"), { repoRoot: repo.dir, store, observer }).catch((e: unknown) => e);
    expect(error).toEqual(new Error("line observer broke"));
    expect((await store.loadEvent("obs-2"))?.runs.map((run) => [run.stepName, run.effectiveStatus])).toEqual([["s", "changed"]]);
  });

  it("starts no step after an observer's onStepEnd threw, lets running steps end, saves every end, and rejects with its error", async () => {
    // Only onStepStart and onStepLine stopped the dispatch: after a throwing onStepEnd the next
    // step of the flow still ran (here: it would have written its marker file).
    const marker = resolve(repo.dir, "b-ran");
    await writeFlow(repo.dir, { name: "two", steps: [
      { name: "a", trigger: "t", source: rawStep("changed") },
      { name: "b", trigger: "t", source: `await Bun.write(${JSON.stringify(marker)}, "ran");\n${rawStep("changed")}` },
    ] });
    await writeFlow(repo.dir, { name: "slow", steps: [{ name: "x", trigger: "t", source: rawStep("changed", "slow", 1500) }] });
    const store = new MemoryStateStore();
    const ended: string[] = [];
    const observer: DispatchObserver = {
      onStepEnd: (run) => {
        ended.push(`${run.flowName}/${run.stepName}`);
        if (run.stepName === "a") throw new Error("end observer broke");
      },
    };
    const error = await dispatch(flowEvent("t", "obs-5"), { repoRoot: repo.dir, store, observer, concurrency: 2 }).catch((e: unknown) => e);
    expect(error).toEqual(new Error("end observer broke"));
    expect(existsSync(marker)).toBe(false);
    const runs = new Map((await store.loadEvent("obs-5"))?.runs.map((run) => [`${run.flowName}/${run.stepName}`, run]));
    // a ran and its end was saved before the observer heard of it.
    expect(runs.get("two/a")).toMatchObject({ effectiveStatus: "changed" });
    // b's start was saved with a's end (one write); it did not start, and its record says why.
    expect(runs.get("two/b")).toMatchObject({
      effectiveStatus: "failed",
      error: "not started: the dispatch observer's onStepEnd threw for two/a: end observer broke",
    });
    // x was running already: it ran to its end, which is saved and told.
    expect(runs.get("slow/x")).toMatchObject({ effectiveStatus: "changed", resultPayload: { message: "slow" } });
    expect([...runs.values()].filter((run) => run.processStatus === "running")).toEqual([]);
    expect(ended).toEqual(expect.arrayContaining(["two/a", "two/b", "slow/x"]));
  });

  it("gives TypeScript consumers declarations, not the engine's sources", () => {
    // `types` named src/*.ts: a consumer's tsc type-checked all of flows-action under its own
    // flags (skipLibCheck skips only .d.ts files: 428 errors with exactOptionalPropertyTypes and
    // noPropertyAccessFromIndexSignature) and failed even under plain `strict` for want of
    // @types/semver, a devDependency of flows-action.
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { exports: Record<string, { types: string; bun: string }> };
    const emitted = JSON.parse(readFileSync("tsconfig.types.json", "utf8")) as { compilerOptions: { outDir: string; rootDir: string } };
    for (const entry of Object.values(manifest.exports)) {
      expect(entry.types).toMatch(/\.d\.ts$/);
      // The declarations tsconfig.types.json (run by `npm run bundle`) emits for the module Bun runs.
      const source = relative(emitted.compilerOptions.rootDir, entry.bun).replace(/\.ts$/, ".d.ts");
      expect(resolve(entry.types)).toBe(resolve(emitted.compilerOptions.outDir, source));
      expect(existsSync(entry.bun)).toBe(true);
      // ...and `npm run bundle` wrote them.
      expect(existsSync(entry.types), entry.types).toBe(true);
    }
    // A consumer on `moduleResolution: "node"` reads no `exports`: the top-level fields name the same files.
    const top = manifest as unknown as { main: string; types: string; exports: Record<string, { types: string; default: string }> };
    expect([top.main, top.types]).toEqual([top.exports["."]?.default, top.exports["."]?.types]);
  });

  it("warns in the outcome's problems about a flow root that is not a folder, instead of matching nothing in silence", async () => {
    // It answered "accepted", matched 0 and no problem: as if no flow had a trigger for the event.
    const typo = await dispatch(flowEvent("t", "roots-1"), { repoRoot: repo.dir, roots: ["flow"] });
    expect([typo.status, typo.matched]).toEqual(["accepted", 0]);
    expect(typo.problems).toEqual([
      expect.objectContaining({ severity: "warning", file: resolve(repo.dir, "flow"), message: expect.stringContaining('flow root "flow" is not a folder') }),
    ]);
    const empty = await tempRepo("flows-lib-empty-");
    try {
      const none = await dispatch(flowEvent("t", "roots-2"), { repoRoot: empty.dir });
      expect(none.problems.map((problem) => problem.message)).toEqual([expect.stringContaining("neither .codex/flows nor flows is a folder")]);
    } finally {
      await empty.cleanup();
    }
    // The flows found: nothing to say.
    expect((await dispatch(flowEvent("t", "roots-3"), { repoRoot: repo.dir })).problems).toEqual([]);
  });

  it("refuses an observer whose callback is not a function before anything is stored", async () => {
    // It failed as the first step started ("engine.observer?.onStepStart is not a function"), a
    // TypeError, after storing that step as failed: a redelivery of the event then ran nothing.
    const store = new MemoryStateStore();
    const observer = { onStepStart: "log" } as unknown as DispatchObserver;
    const error = await dispatch(flowEvent("t", "obs-3"), { repoRoot: repo.dir, store, observer }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DispatchOptionsError);
    expect(error).toMatchObject({ option: "observer", message: 'dispatch option "observer" onStepStart must be a function (run, ...) => void; got "log".' });
    expect(await store.loadEvent("obs-3")).toBeUndefined();
    const notAnObject = await dispatch(flowEvent("t", "obs-4"), { repoRoot: repo.dir, store, observer: 5 as unknown as DispatchObserver }).catch((e: unknown) => e);
    expect(notAnObject).toMatchObject({ option: "observer" });
  });
});
