// Moved from schema-check-budget.test.ts: the scale cases of the trigger check's budget (a
// quadratic check over 50,000 objects; 2,000 levels and 1,000 definitions in a child process).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import { discoverFlows } from "../../src/flows/discovery.js";
import { matchSteps } from "../../src/flows/match.js";
import { MAX_CHECK_ERRORS, MAX_CHECK_MS } from "../../src/flows/schema-check-budget.js";
import { SchemaRegistry } from "../../src/flows/schemas.js";
import { eachTestRepoWithCache, type TempRepo, writeFiles, writeSimplePackage } from "./helpers.js";
import { CHILD_HEAP_MB, checkNested, RECURSIVE } from "./schema-check-budget-helpers.js";

let repo: TempRepo;
eachTestRepoWithCache((made) => {
  repo = made;
});

const QUADRATIC = { type: "object", properties: { items: { type: "array", uniqueItems: true } } };

function event(payload: Record<string, unknown>): FlowEvent {
  return { id: "test:hostile:1", type: "hostile", receivedAt: "2026-01-01T00:00:00.000Z", payload };
}

/** flows/guarded (one step checked against `schema`) and flows/open (one step with no schema). */
async function flowsWith(schema: unknown) {
  await writeSimplePackage(repo.root, "flows/guarded", { name: "guarded", steps: [{ name: "checked", type: "hostile", schema: "schemas/t.json" }] });
  await writeFiles(join(repo.root, "flows/guarded"), { "schemas/t.json": JSON.stringify(schema) });
  await writeSimplePackage(repo.root, "flows/open", { name: "open", steps: [{ name: "always", type: "hostile" }] });
  const discovery = await discoverFlows({ repoRoot: repo.root });
  expect(discovery.problems).toEqual([]);
  return discovery.flows;
}

function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  return run().then((result) => ({ result, ms: performance.now() - started }));
}

const checkNestedInChild = (schema: unknown, levels: number) => checkNested(repo.root, schema, levels);

describe("a trigger check over its budget", () => {
  it("stops after its time for a check that is quadratic in the payload (uniqueItems over 50,000 objects took 24 s)", async () => {
    const flows = await flowsWith(QUADRATIC);
    const items = Array.from({ length: 50_000 }, (_, i) => ({ i }));
    const { result, ms } = await timed(() => matchSteps(flows, event({ items }), { schemas: new SchemaRegistry() }));
    expect(ms).toBeLessThan(MAX_CHECK_MS + 5_000);
    expect(result.matched.map(({ step }) => step.name)).toEqual(["always"]);
    expect(result.mismatches[0]?.message).toBe(`trigger check against schemas/t.json took too long: the check stopped after ${MAX_CHECK_MS / 1000} s, its budget, so it did not finish`);
    expect(result.problems?.map((problem) => [problem.severity, problem.file, problem.message])).toEqual([
      [
        "warning",
        join(repo.root, "flows/guarded/flow.toml"),
        `step "checked" did not run for this event: its trigger check against schemas/t.json took too long (it stopped after ${MAX_CHECK_MS / 1000} s). ` +
          "Keep the schema linear in the payload: no uniqueItems on arrays that can be large, fewer alternatives per item.",
      ],
    ]);
  }, 60_000);
});

describe("errors held by a schema that calls itself", () => {
  // Counted per validator, a payload 2,000 levels deep held 999 errors at each level: the heap
  // grew by 331 MB (461 MB RSS) before the time budget stopped the check.
  it(`count together: 2,000 levels of 999 failing items stop at 1,000 errors, the first ones, within a ${CHILD_HEAP_MB} MB heap`, async () => {
    const child = await checkNestedInChild(RECURSIVE, 2_000);
    expect(child.code, child.stderr.slice(-2000)).toBe(0);
    // The top level's 999, then the first of the next level's.
    expect(child.outcome).toMatchObject({ over: "errors", errors: MAX_CHECK_ERRORS, first: "/0", last: "/999/0" });
  }, 60_000);

  it(`are dropped with the caller's: 1,000 definitions that each fail 1,000 times, in alternatives that pass, end within a ${CHILD_HEAP_MB} MB heap`, async () => {
    // Each called validator kept its last errors (up to 1,000) after its caller had dropped them:
    // this check held 145 MB when it ended.
    const definitions = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`d${i}`, { type: "array", items: { type: "string", title: `d${i}` } }]));
    const schema = { definitions, allOf: Object.keys(definitions).map((name) => ({ anyOf: [{ $ref: `#/definitions/${name}` }, { type: "array" }] })) };
    const child = await checkNestedInChild(schema, 1);
    expect(child.code, child.stderr.slice(-2000)).toBe(0);
    expect(child.outcome).toMatchObject({ valid: true, errors: 0 });
  }, 60_000);
});
