
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { toExpressionData } from "../../src/flows/condition-data.js";
import { jsonLength } from "../../src/flows/condition-limits.js";
import { validateFlows } from "../../src/flows/validate.js";
import { makeTempRepo, releaseEvent, type TempRepo, writeConditionPackage as writePackage } from "./helpers.js";
import { cpuMsSince } from "../helpers/stalls.js";

// Hostile conditions and hostile payloads against them: each evaluation is bounded in the text
// it builds and in time, and going past a bound costs only that step, with the reason.

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});


const writeConditionPackage = (folder: string, condition: string): Promise<string> => writePackage(repo.root, folder, `if = ${JSON.stringify(condition)}`);

/** Dispatches `payload` (dry run): the bad package's step is a mismatch; the fine one still runs. */
async function mismatchOf(condition: string, payload: Record<string, unknown>): Promise<string | undefined> {
  await writeConditionPackage("hostile", condition);
  await writeConditionPackage("fine", "event.payload.repo == 'openai/codex'");
  const outcome = await dispatch(releaseEvent(payload), { repoRoot: repo.root, dryRun: true });
  expect(outcome.runs.map((run) => run.flowName)).toEqual(["fine"]);
  expect(outcome.mismatches.map((miss) => miss.flow.name)).toEqual(["hostile"]);
  return outcome.mismatches[0]?.message;
}

describe("bounded conditions", () => {
  it("format() repeating a payload field thousands of times stops at the text budget, not at the memory's end", async () => {
    const repeat = "{0}".repeat(100);
    const message = await mismatchOf(`format('${repeat}', event.payload.body) == ''`, { body: "x".repeat(200_000) });
    expect(message).toContain("could not be evaluated (format() would build 20,000,300 characters; a condition's format(), join(), toJSON()");
    expect(message).toContain("may build 10,000,000 in all (docs/conditions.md: Cost)");
  });

  it("fromJSON() of payload text nested too deeply to convert says so, not 'Maximum call stack size exceeded'", async () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const message = await mismatchOf("fromJSON(event.payload.body) != ''", { body: deep });
    expect(message).toContain("fromJSON() was given a value nested too deeply to convert (the stack ran out)");
  });

  it("join() with a payload field as separator between many items stops at the budget", async () => {
    const items = Array.from({ length: 10_000 }, (_, index) => `item${index}`);
    const message = await mismatchOf("join(event.payload.items, event.payload.sep) != ''", { items, sep: "-".repeat(10_000) });
    expect(message).toContain("could not be evaluated (join() would build 100,068,890 characters");
  });

  it("toJSON() of a deep payload (each value indented by its depth) stops at the budget", async () => {
    // 100 KB of payload, nested as deep as a payload may be: 25 MB of indentation as toJSON text.
    let deep: unknown = Array.from({ length: 50_000 }, () => 1);
    for (let level = 0; level < 250; level++) deep = [deep];
    const cpu = process.cpuUsage();
    const message = await mismatchOf("contains(toJSON(event.payload.deep), 'x')", { deep });
    expect(message).toContain("could not be evaluated (toJSON() would build more than 10,000,000 characters");
    expect(cpuMsSince(cpu)).toBeLessThan(4_000);
  });

  it("many costly calls over a large payload array stop at the deadline", async () => {
    // The most contains() calls a 4,096-character condition holds, each over a million items.
    const items = Array.from({ length: 1_000_000 }, (_, index) => `i${index}`);
    const call = "contains(event.payload.items,'x')";
    const condition = Array.from({ length: 110 }, () => call).join("||");
    const cpu = process.cpuUsage();
    const message = await mismatchOf(condition, { items });
    expect(message).toContain("could not be evaluated (it took longer than 2 s to evaluate (docs/conditions.md: Cost))");
    expect(cpuMsSince(cpu)).toBeLessThan(10_000);
  }, 60_000);

  it("glob() over payload text stays linear, whatever the glob", async () => {
    const cpu = process.cpuUsage();
    const message = await mismatchOf("glob(event.payload.title, '*a*a*a*a*a*a*a*a*b')", { title: "a".repeat(10_000) });
    expect(message).toMatch(/^condition `glob\(event.payload.title, '\*a\*a\*a\*a\*a\*a\*a\*a\*b'\)` is false: event.payload.title = "a+…$/);
    expect(cpuMsSince(cpu)).toBeLessThan(4_000);
  });

  it("glob() refuses a long glob taken from the payload instead of searching its text for seconds", async () => {
    // Each part of a glob is searched for in the text: text length times part length in one
    // native regex call, which the 2 s deadline cannot stop (2.6 s for these sizes, unbounded
    // with more text).
    const pattern = `*${"a".repeat(10_000)}b${"a".repeat(10_000)}*`;
    const message = await mismatchOf("glob(event.payload.title, event.payload.pattern)", { title: "a".repeat(400_000), pattern });
    expect(message).toContain("could not be evaluated (a glob with wildcards is at most 500 characters; this one has 20,003)");
  });

  it("contains() of one payload text in another searches in linear time (V8's includes() took 41 s here)", async () => {
    // includes() builds its Boyer-Moore tables from a needle's last 250 characters only, so a
    // needle whose mismatch lies before them is compared almost whole at every place.
    const needle = `${"a".repeat(50_000)}b${"a".repeat(50_000)}`;
    const cpu = process.cpuUsage();
    const message = await mismatchOf("contains(event.payload.body, event.payload.needle)", { body: "A".repeat(1_000_000), needle });
    expect(message).toMatch(/^condition `contains\(event.payload.body, event.payload.needle\)` is false: /);
    expect(cpuMsSince(cpu)).toBeLessThan(4_000);
  }, 60_000);

  it("semver() finds the version in a long run of payload digits in linear time", async () => {
    const cpu = process.cpuUsage();
    const message = await mismatchOf("semver(event.payload.tag, '>=1')", { tag: "1".repeat(200_000) });
    expect(message).toMatch(/^condition `semver\(event.payload.tag, '>=1'\)` is false: event.payload.tag = "1+…$/);
    expect(cpuMsSince(cpu)).toBeLessThan(2_000);
  });

  it("nested format() of constants is refused at load, with its line and column, before it builds 10^8 characters", async () => {
    let nested = "'x'";
    for (let level = 0; level < 8; level++) nested = `format('${"{0}".repeat(10)}', ${nested})`;
    const manifest = await writeConditionPackage("bomb", `${nested} == ''`);
    const result = await validateFlows({ repoRoot: repo.root });
    const errors = result.problems.filter((problem) => problem.severity === "error");
    expect(errors).toHaveLength(1);
    // The first format() (from outside) whose text would pass the budget: the second, at column 7 + 41.
    expect(errors[0]).toMatchObject({ file: manifest, line: 11, column: 48 });
    expect(errors[0]?.message).toBe(
      "steps[0].trigger.if calls format() with arguments it cannot use: format() would build 10,000,030 characters; " +
        "a condition's format(), join(), toJSON() and fromJSON() may build 10,000,000 in all (docs/conditions.md: Cost).",
    );
  });

  it("toJSON() and format() of ordinary values still work", async () => {
    await writeConditionPackage("ordinary", "contains(toJSON(event.payload), '\"tag\": \"rust-v1.2.3\"') && format('{{{0}}}', event.payload.tag) == '{rust-v1.2.3}'");
    const outcome = await dispatch(releaseEvent({ nested: { list: [1, "two", null, true, { deep: [] }], empty: {} } }), {
      repoRoot: repo.root,
      dryRun: true,
    });
    expect(outcome.mismatches.map((miss) => miss.message)).toEqual([]);
    expect(outcome.runs).toHaveLength(1);
  });
});

describe("toJSON()'s length, counted before it is built", () => {
  it.each([
    ["scalars", [null, true, false, 0, -1.5, 1e21, "", 'quote " and \\ and \n and \u0001', "é😀"]],
    ["empty containers", { a: [], b: {}, c: [[]], d: [{}] }],
    ["nested", { release: { tag: "v1", assets: [{ name: "a", size: 1 }, { name: "b", size: 2 }] }, "key \"q\"": [1, [2, [3]]] }],
    ["a top-level array", [1, "two", { three: 3 }]],
    ["a string", "plain"],
  ])("is exact for %s", (_, value) => {
    const expected = JSON.stringify(value, null, 2).length;
    expect(jsonLength(toExpressionData(value))).toBe(expected);
  });
});
