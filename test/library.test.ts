import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
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

let repo: { dir: string; cleanup: () => Promise<void> };
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
});
