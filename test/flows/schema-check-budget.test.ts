// A trigger schema's check at match time has a budget of errors and time
// (src/flows/schema-check-budget.ts). Before it, a schema with eight keywords that every item of
// a large array fails made millions of errors: a 1 MB payload took 41 s and 2.7 GB, a 25 MB one
// was killed past 13 GB; 50,000 objects under `uniqueItems` took 24 s. Over the budget, the
// step does not run, a warning names its flow.toml, and the event's other steps match as usual.
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { discoverFlows } from "../../src/flows/discovery.js";
import { matchSteps } from "../../src/flows/match.js";
import { createAjv } from "../../src/flows/schema-ajv.js";
import { budgetedChecks, CheckBudgetExceeded, checkWithinBudget, MAX_CHECK_ERRORS } from "../../src/flows/schema-check-budget.js";
import { SchemaRegistry } from "../../src/flows/schemas.js";
import type { FlowEvent } from "../../src/contracts.js";
import { type CacheWithLines, eachTestRepoWithCache, type TempRepo, writeFiles, writeSimplePackage } from "./helpers.js";
import { CHILD_HEAP_MB, checkNested, RECURSIVE, RECURSIVE_IN_ANY_OF } from "./schema-check-budget-helpers.js";
import { cpuMsSince, cpuTimed } from "../helpers/stalls.js";

let repo: TempRepo;
let cache: CacheWithLines;
eachTestRepoWithCache((made, madeCache) => {
  repo = made;
  cache = madeCache;
});

/** Eight keywords a number fails, for every item. */
const FAILING_KEYWORDS = [{ multipleOf: 7 }, { maximum: 0 }, { minimum: 5 }, { exclusiveMaximum: 0 }, { const: "x" }, { enum: ["a"] }, { type: "string" }, { not: {} }];
const HOSTILE = { type: "object", properties: { items: { type: "array", items: { allOf: FAILING_KEYWORDS } } } };
/** Items that pass through an alternative that fails first: errors made and taken back. */
const ALTERNATIVES = { type: "object", properties: { items: { type: "array", items: { anyOf: [{ type: "string" }, { type: "number" }] } } } };

/** Each item a list: of strings (tried first), or of numbers. */
const LISTS = {
  type: "object",
  properties: { items: { type: "array", items: { anyOf: [{ type: "array", items: { type: "string" } }, { type: "array", items: { type: "number" } }] } } },
};

/** 25 MB of JSON: `[1,1,1,...]`. */
const largePayload = () => ({ items: new Array(25 * 1024 * 512).fill(1) });

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

/** A check's answer within a budget of `maxErrors` errors (and time enough), or why it stopped. */
function checkOrStop(check: () => boolean, maxErrors: number): boolean | CheckBudgetExceeded {
  try {
    return checkWithinBudget(check, { maxErrors, maxMs: 60_000 });
  } catch (error) {
    if (!(error instanceof CheckBudgetExceeded)) throw error;
    return error;
  }
}

/** `run`'s result and the CPU time this process spent on it (test/helpers/stalls.ts): the cost is computing, and a busy machine's wait for a core is not. */
async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const { value: result, cpuMs: ms } = await cpuTimed(run);
  return { result, ms };
}

describe("a trigger check over its budget", () => {
  it("stops after 1,000 errors for a 25 MB payload that fails eight keywords per item: that step is skipped with a warning naming its flow.toml, the other step matches", async () => {
    const flows = await flowsWith(HOSTILE);
    const heapBefore = process.memoryUsage().heapUsed;
    const { result, ms } = await timed(() => matchSteps(flows, event(largePayload()), { schemas: new SchemaRegistry() }));
    expect(ms).toBeLessThan(10_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(500 * 1024 * 1024);
    expect(result.matched.map(({ flow, step }) => `${flow.name}/${step.name}`)).toEqual(["open/always"]);
    const manifest = join(repo.root, "flows/guarded/flow.toml");
    expect(result.mismatches.map(({ reason, message }) => [reason, message])).toEqual([
      [
        "schema",
        "payload does not match schemas/t.json: payload/items/0 must be multiple of 7 (got 1); payload/items/0 must be <= 0 (got 1); " +
          "payload/items/0 must be >= 5 (got 1); payload/items/0 must be < 0 (got 1); payload/items/0 must be equal to constant: \"x\" (got 1); " +
          `and ${MAX_CHECK_ERRORS - 5} more; the check stopped there, at 1,000 errors, its budget`,
      ],
    ]);
    expect(result.problems).toEqual([
      {
        severity: "warning",
        file: manifest,
        line: 4,
        message:
          'step "checked" did not run for this event: its trigger check against schemas/t.json had too many errors (it stopped at 1,000). ' +
          "A payload that fails every item of a large array fails it many times over: describe only the fields the trigger needs, and put alternatives (anyOf, oneOf) that may fail above such arrays, not in each item.",
      },
    ]);
  }, 120_000);

  it("is kept by a validator from the compiled-schema cache, as by a fresh one", async () => {
    await writeFiles(repo.root, { "a/s.json": JSON.stringify(HOSTILE) });
    const payload = largePayload();
    for (const round of ["fresh", "cached"]) {
      const registry = new SchemaRegistry({ cache });
      const compiled = await registry.compile(join(repo.root, "a/s.json"));
      if (!compiled.ok) throw new Error(compiled.diagnostic.message);
      expect(registry.cacheHitCount, round).toBe(round === "cached" ? 1 : 0);
      const cpu = process.cpuUsage();
      expect(compiled.check(payload), round).toMatchObject({ ok: false, stopped: "errors" });
      expect(cpuMsSince(cpu)).toBeLessThan(5_000);
    }
  }, 120_000);
});

describe("within its budget", () => {
  it("a large payload that passes through alternatives failing first still matches: errors taken back do not count", async () => {
    const flows = await flowsWith(ALTERNATIVES);
    const result = await matchSteps(flows, event({ items: new Array(200_000).fill(1) }), { schemas: new SchemaRegistry() });
    expect(result.matched.map(({ step }) => step.name)).toEqual(["checked", "always"]);
    expect(result.problems).toBeUndefined();
  }, 60_000);

  it("an item whose first alternative makes more errors than the budget and whose second passes still matches: errors that may be dropped do not stop the check", async () => {
    const flows = await flowsWith(LISTS);
    const result = await matchSteps(flows, event({ items: [["a"], new Array(5_000).fill(1), []] }), { schemas: new SchemaRegistry() });
    expect(result.matched.map(({ step }) => step.name)).toEqual(["checked", "always"]);
    expect(result.mismatches).toEqual([]);
    expect(result.problems).toBeUndefined();
  });

  it("when no alternative passes, those errors are final: the check stops at the budget and names the first of them", async () => {
    const flows = await flowsWith(LISTS);
    const result = await matchSteps(flows, event({ items: [new Array(5_000).fill(true)] }), { schemas: new SchemaRegistry() });
    expect(result.matched.map(({ step }) => step.name)).toEqual(["always"]);
    expect(result.mismatches.map(({ message }) => message)).toEqual([
      "payload does not match schemas/t.json: payload/items/0/0 must be string (got true); payload/items/0/1 must be string (got true); " +
        "payload/items/0/2 must be string (got true); payload/items/0/3 must be string (got true); payload/items/0/4 must be string (got true); " +
        `and ${MAX_CHECK_ERRORS - 5} more; the check stopped there, at 1,000 errors, its budget`,
    ]);
  });

  it("past a budget of 3 errors, every alternative keyword gives ajv's own answer, or stops only when ajv's answer has more errors, keeping its first", async () => {
    const ajv = await createAjv("draft-07", { logger: false as never, loadSchema: async () => ({}), metaSchemas: false });
    const plainAjv = new Ajv({ strict: false, allErrors: true, validateSchema: false, inlineRefs: false });
    const strings = { type: "array", items: { type: "string" } };
    const numbers = { type: "array", items: { type: "number" } };
    const schemas = [
      { anyOf: [strings, numbers] },
      { anyOf: [{ anyOf: [strings, { type: "array", items: { type: "boolean" } }] }, numbers] },
      { oneOf: [strings, numbers] },
      { not: strings },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
      { if: strings, then: { maxItems: 2 }, else: numbers },
      { type: "array", contains: strings },
      { definitions: { strings }, anyOf: [{ $ref: "#/definitions/strings" }, numbers] },
      { definitions: { strings }, type: "array", items: { anyOf: [{ $ref: "#/definitions/strings" }, numbers] } },
      { type: "array", items: { anyOf: [strings, numbers] } },
    ];
    const payloads = [
      [1, 2, 3, 4, 5, 6],
      ["a", "b", "c", "d", "e"],
      [true, true, true, true, true],
      [1, "a", true, 2, "b", false],
      [[1, 2, 3, 4, 5], ["a", "b"], [true, 1, true, 1, true]],
      [[true, true, true, true], [1, 2, 3, 4, 5, 6]],
      [],
    ];
    let stops = 0;
    let passes = 0;
    for (const [i, schema] of schemas.entries()) {
      const budgeted = ajv.compile({ ...schema, $id: `https://example.com/${i}` });
      const plain = plainAjv.compile(schema);
      for (const payload of payloads) {
        const expected = plain(payload);
        const expectedErrors = plain.errors ?? [];
        const where = `${JSON.stringify(schema)} on ${JSON.stringify(payload)}`;
        const result = checkOrStop(() => budgeted(payload), 3);
        if (result instanceof CheckBudgetExceeded) {
          stops += 1;
          expect(result.over, where).toBe("errors");
          expect(expectedErrors.length, where).toBeGreaterThan(3);
          expect(result.errors, where).toEqual(expectedErrors.slice(0, 3));
        } else {
          if (result) passes += 1;
          expect([result, budgeted.errors], where).toEqual([expected, plain.errors]);
        }
      }
    }
    // Both ways are taken, and checks that pass hold more than 3 errors on the way.
    expect(stops).toBeGreaterThan(5);
    expect(passes).toBeGreaterThan(5);
  });

  it("a failing payload is described as before, with its errors", async () => {
    const flows = await flowsWith(HOSTILE);
    const result = await matchSteps(flows, event({ items: [1, 1] }), { schemas: new SchemaRegistry() });
    expect(result.mismatches[0]?.message).toMatch(/^payload does not match schemas\/t\.json: payload\/items\/0 must be multiple of 7 \(got 1\); .* and \d+ more$/);
    expect(result.problems).toBeUndefined();
  });

  it("the rewritten validator gives ajv's own answers and errors, schema text that looks like code included", async () => {
    const schema = {
      type: "object",
      properties: {
        "for(x){": { type: "array", items: { enum: ["errors++;", 'let vErrors = null;let errors = 0;"'] } },
        list: { type: "array", items: { type: "object", additionalProperties: { type: "integer" } }, uniqueItems: true },
      },
      required: ["for(x){"],
    };
    const ajv = await createAjv("draft-07", { logger: false as never, loadSchema: async () => ({}), metaSchemas: false });
    const budgeted = ajv.compile(schema);
    const plain = new Ajv({ strict: false, allErrors: true, validateSchema: false, inlineRefs: false }).compile(schema);
    const payloads = [{ "for(x){": ["errors++;", "x"], list: [{ a: 1 }, { a: 1 }, { b: "s" }] }, { list: [] }, { "for(x){": ['let vErrors = null;let errors = 0;"'] }];
    for (const payload of payloads) {
      const budgetedRun = checkWithinBudget(() => budgeted(payload));
      expect([budgetedRun, budgeted.errors]).toEqual([plain(payload), plain.errors]);
    }
  });

  it("the rewrite reaches every validator of ajv's code, and leaves code it does not know as it is", () => {
    const ajv = new Ajv({ strict: false, allErrors: true, inlineRefs: false, code: { source: true } });
    const validate = ajv.compile({ definitions: { x: { type: "string" } }, type: "array", items: { $ref: "#/definitions/x" } });
    const code = budgetedChecks(String(validate.source?.validateCode ?? ""));
    const functions = code.match(/function validate\d+\(/g)?.length ?? 0;
    expect(functions).toBeGreaterThan(0);
    expect(code.match(/const flowsBudget = /g)?.length).toBe(code.match(/let vErrors = null;/g)?.length);
    expect(budgetedChecks(code)).toBe(code);
    // Text in the schema that names the rewrite is no sign that the code was rewritten.
    const named = ajv.compile({ type: "object", properties: { flowsBudget: { enum: [`const flowsBudget = globalThis[Symbol.for(`] } } });
    expect(budgetedChecks(String(named.source?.validateCode ?? ""))).toContain("flowsBudget.added(errors, vErrors)");
    expect(budgetedChecks("for(;;){}")).toBe("for(;;){}");
  });
});

const checkNestedInChild = (schema: unknown, levels: number) => checkNested(repo.root, schema, levels);

describe("errors held by a schema that calls itself", () => {

  it(`below an alternative, are counted to the end but only the first 1,000 kept: 1,000 levels end at 1,000 errors within a ${CHILD_HEAP_MB} MB heap`, async () => {
    const child = await checkNestedInChild(RECURSIVE_IN_ANY_OF, 1_000);
    expect(child.code, child.stderr.slice(-2000)).toBe(0);
    // Each item fails both alternatives and the anyOf: 3 errors. Final once the top anyOf fails.
    expect(child.outcome).toMatchObject({ over: "errors", errors: MAX_CHECK_ERRORS, first: "/0", last: "/333" });
  }, 60_000);

  it("past budgets of 0 to 8 errors, give ajv's own answer, or stop only when ajv's answer has more errors, keeping its first, alternatives above and below the calls included", async () => {
    const ajv = await createAjv("draft-07", { logger: false as never, loadSchema: async () => ({}), metaSchemas: false });
    const plainAjv = new Ajv({ strict: false, allErrors: true, validateSchema: false, inlineRefs: false });
    const list = { type: "array", items: { anyOf: [{ type: "number" }, { $ref: "#/definitions/list" }] } };
    const schemas = [
      RECURSIVE,
      RECURSIVE_IN_ANY_OF,
      { definitions: { list }, anyOf: [{ $ref: "#/definitions/list" }, { type: "string" }] },
      { oneOf: [RECURSIVE, { type: "array", items: { type: "string" } }, { type: "boolean" }] },
      { not: RECURSIVE },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
      { if: RECURSIVE, then: { maxItems: 2 }, else: { type: ["number", "array"], items: { anyOf: [{ type: "string" }, { $ref: "#" }] } } },
      { type: ["array", "number"], contains: { $ref: "#" }, items: { anyOf: [{ $ref: "#" }, { type: "string" }] } },
    ];
    // Nested arrays of numbers, strings and booleans, the same each run.
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const value = (depth: number): unknown =>
      depth === 0 || random() < 0.5 ? [1, "a", true, 2, "b"][Math.floor(random() * 5)] : Array.from({ length: Math.floor(random() * 5) }, () => value(depth - 1));
    let stops = 0;
    let passes = 0;
    // Each case's answer beside what it must be, named by schema, payload (the same each run) and
    // budget, compared in one assertion at the end: one expect for each of the 6,300 cases was
    // most of this test's time.
    const answers: unknown[] = [];
    const wanted: unknown[] = [];
    for (const [i, schema] of schemas.entries()) {
      const budgeted = ajv.compile({ ...schema, $id: `https://example.com/recursive/${i}` });
      const plain = plainAjv.compile(schema);
      for (let n = 0; n < 150; n += 1) {
        const payload = value(5);
        const expected = plain(payload);
        const expectedErrors = plain.errors ?? [];
        for (const maxErrors of [0, 1, 2, 3, 5, 8]) {
          const where = `schema ${i}, payload ${n}, budget ${maxErrors}`;
          const result = checkOrStop(() => budgeted(payload), maxErrors);
          if (result instanceof CheckBudgetExceeded) {
            stops += 1;
            // Over errors, only when ajv's answer has more than the budget, keeping its first.
            answers.push([where, "stopped", result.over, expectedErrors.length > maxErrors, result.errors]);
            wanted.push([where, "stopped", "errors", true, expectedErrors.slice(0, maxErrors)]);
          } else {
            if (result && maxErrors < 3) passes += 1;
            answers.push([where, "answered", result, budgeted.errors]);
            wanted.push([where, "answered", expected, plain.errors]);
          }
        }
      }
    }
    expect(answers).toEqual(wanted);
    expect(stops).toBeGreaterThan(100);
    expect(passes).toBeGreaterThan(100);
  });
});
