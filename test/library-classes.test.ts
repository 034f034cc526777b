import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ContractViolation, discoverFlows, FlowEventError, matchSteps, normalizeFlowEvent, Redactor, SchemaRegistry } from "../src/index.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "./helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "./helpers/fresh-dist.js";

// Three classes the library's options and errors name, usable as classes, not only as types: a
// caller redacts their own text with a Redactor, keeps a SchemaRegistry of their own for
// matchSteps, and catches a ContractViolation with `instanceof` (README, "As a library").

beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-lib-classes-");
  await writeFlow(repo.dir, {
    name: "typed",
    steps: [{ name: "s", trigger: "t", source: rawStep("completed"), schema: { type: "object", required: ["version"] } }],
  });
});
afterEach(async () => {
  await repo.cleanup();
});

describe("the library's classes", () => {
  it("a Redactor of the caller's own keeps the secrets it was given out of any text", () => {
    const redactor = new Redactor().add("s3cret-value-42");
    expect(redactor.redact("the token is s3cret-value-42.")).toBe("the token is ***.");
    expect(redactor.redactValue({ nested: ["s3cret-value-42"] })).toEqual({ nested: ["***"] });
  });

  it("a SchemaRegistry of the caller's own compiles the trigger schemas matchSteps checks", async () => {
    const { flows } = await discoverFlows({ repoRoot: repo.dir });
    const schemas = new SchemaRegistry();
    const wrong = await matchSteps(flows, flowEvent("t", "no-version"), { schemas });
    expect(wrong.matched).toHaveLength(0);
    const right = await matchSteps(flows, flowEvent("t", "with-version", { version: "1.2.3" }), { schemas });
    expect(right.matched.map((ref) => ref.step.name)).toEqual(["s"]);
    expect(schemas.compiledCount).toBe(1);
  });

  it("an event that breaks its contract is caught as a ContractViolation", () => {
    let caught: unknown;
    try {
      normalizeFlowEvent({ type: "t" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FlowEventError);
    expect(caught).toBeInstanceOf(ContractViolation);
    expect((caught as ContractViolation).field).toBe("id");
  });

  it("are the same classes from Node through the bundled dist/lib", () => {
    const script = `const lib = await import(${JSON.stringify(resolve("dist/lib/index.js"))});
let caught;
try { lib.normalizeFlowEvent({ type: "t" }); } catch (error) { caught = error; }
const schemas = new lib.SchemaRegistry();
const { flows } = await lib.discoverFlows({ repoRoot: ${JSON.stringify(repo.dir)} });
const match = await lib.matchSteps(flows, { id: "n-1", type: "t", payload: { version: "1" } }, { schemas });
console.log(JSON.stringify([new lib.Redactor().add("s3cret-value-42").redact("x s3cret-value-42"), caught instanceof lib.ContractViolation, match.matched.length, schemas.compiledCount]));`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { PATH: process.env.PATH } });
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual(["x ***", true, 1, 1]);
  });
});
