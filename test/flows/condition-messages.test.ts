
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { validateFlows } from "../../src/flows/validate.js";
import { renderSummary } from "../../src/report/summary.js";
import { join } from "node:path";
import { makeTempRepo, releaseEvent, type TempRepo, writeConditionPackage as writePackage, writeFiles } from "./helpers.js";
import { cpuMsSince } from "../helpers/stalls.js";

// What a condition's mistakes and failures say: in flow.toml (file, line, column, what to
// change) and in the reason a step did not run (short enough that the summary shows why).

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

/** A package whose one step has `if = <toml>` on line 11. */
const writeConditionPackage = (folder: string, ifToml: string): Promise<string> => writePackage(repo.root, folder, `if = ${ifToml}`);

async function problemOf(condition: string): Promise<{ line?: number; column?: number; message: string } | undefined> {
  const manifest = await writeConditionPackage("p", JSON.stringify(condition));
  const { problems } = await validateFlows({ repoRoot: repo.root });
  const errors = problems.filter((problem) => problem.severity === "error");
  expect(errors).toHaveLength(1);
  expect(errors[0]?.file).toBe(manifest);
  return errors[0];
}

describe("a condition's mistakes in flow.toml", () => {
  it.each([
    // [condition, column (the string starts at column 7), message after "steps[0].trigger.if "]
    ["(event.payload.tag == 'x'", 31, "is not a valid expression: it ends too early at character 25; the ( at character 1 is not closed: add a )."],
    [
      "contains(event.payload.tag, 'x' && true",
      45,
      "is not a valid expression: it ends too early at character 39; the ( at character 9 is not closed: add a ).",
    ],
    ["event.payload['tag' == 'x'", 32, "is not a valid expression: it ends too early at character 26; the [ at character 14 is not closed: add a ]."],
    ["startsWith(event.payload.tag, 'v'))", 41, "is not a valid expression: it has an unexpected ')' at character 35; no ( before it opens it."],
    [
      "(event.payload.tag == 'x')) || (true",
      33,
      "is not a valid expression: it has an unexpected ')' at character 27; no ( before it opens it.",
    ],
    [
      `${"(".repeat(60)}true${")".repeat(60)}`,
      57,
      "nests parentheses, operators or function calls more than 50 levels deep at character 51 (GitHub's limit for an expression); write it with less nesting.",
    ],
    [
      `${"!".repeat(60)}true`,
      57,
      "nests parentheses, operators or function calls more than 50 levels deep at character 51 (GitHub's limit for an expression); write it with less nesting.",
    ],
    [
      "success() && event.payload.tag != ''",
      7,
      "calls success(), which conditions do not have; they have contains, startsWith, endsWith, format, join, toJSON and fromJSON (as in workflows), " +
        "and semver, glob and changed (flows). success() is about a job's earlier steps, and a trigger is checked before any step runs: leave it out.",
    ],
    [
      "hashFiles('bindings/**') != ''",
      7,
      "calls hashFiles(), which conditions do not have; they have contains, startsWith, endsWith, format, join, toJSON and fromJSON (as in workflows), " +
        "and semver, glob and changed (flows). hashFiles() reads the job's checkout, which a trigger does not have; changed('pattern') tells whether " +
        "a push or pull request touched matching files.",
    ],
    [
      "format('{0}-{1}', event.payload.tag) == 'v1-x'",
      7,
      "calls format() with arguments it cannot use: The following format string references more arguments than were supplied: {0}-{1}.",
    ],
    ["startsWith(event.payload.tag, format('{0', event.payload.repo))", 37, "calls format() with arguments it cannot use: The following format string is invalid: {0."],
    [
      "event.payload.repo == 'openai/codex' && vars.ENABLED == 'true'",
      47,
      "reads 'vars', which is not a context; a condition can read event, github, flow and env. vars is a workflow context, which a trigger " +
        "(checked outside any job) does not have: read settings from flow.config (the [config] table of flow.toml) or env.",
    ],
  ])("%s", async (condition, column, message) => {
    const problem = await problemOf(condition);
    expect(problem).toMatchObject({ line: 11, column });
    expect(problem?.message).toBe(`steps[0].trigger.if ${message}`);
  });

  it("thousands of conditions that do not compile in one manifest are each placed, in seconds", async () => {
    // Each was placed by scanning the whole manifest again: 6,500 in 500 KB took over ten minutes.
    const steps = Array.from({ length: 2_000 }, (_, i) => {
      const condition = i % 2 === 0 ? '"("' : '"""\n  true &&\n  ("""';
      return `[[steps]]\nname="s${i}"\nrunner="bun"\nscript="r.ts"\n[steps.trigger]\ntype="push"\nif=${condition}\n`;
    });
    await writeFiles(join(repo.root, "flows/many"), { "flow.toml": `name="many"\nversion=1\n${steps.join("")}`, "r.ts": "" });
    // In CPU time (test/helpers/stalls.ts): the cost is computing, and a busy machine's wait for a core is not.
    const cpu = process.cpuUsage();
    const problems = (await validateFlows({ repoRoot: repo.root })).problems.filter((problem) => problem.severity === "error");
    expect(cpuMsSince(cpu)).toBeLessThan(10_000);
    expect(problems).toHaveLength(2_000);
    expect(problems[0]).toMatchObject({ line: 9, column: 5 });
    expect(problems[1_999]).toMatchObject({ line: 16_002, column: 3 });
    expect(problems[1_999]?.message).toContain("steps[1999].trigger.if is not a valid expression");
  });
});

describe("why a step did not run", () => {
  it("a long condition that fails still says why in the summary's 500 characters, on one line", async () => {
    const checks = Array.from({ length: 12 }, (_, index) => `event.payload.repo != 'other/repo-${index}'`).join("\n  && ");
    await writeConditionPackage("long", `'''\n${checks}\n  && fromJSON(event.payload.tag).x == 1\n'''`);
    const outcome = await dispatch(releaseEvent(), { repoRoot: repo.root, dryRun: true });
    const message = outcome.mismatches[0]?.message ?? "";
    expect(message).toMatch(
      /^condition `event.payload.repo != 'other\/repo-0' && event.payload.repo != 'other\/repo-1' && .{40,}…` could not be evaluated \(Error parsing JSON when evaluating fromJson: /,
    );
    expect(message).not.toContain("\n");
    const summary = renderSummary(outcome, { baseDir: repo.root });
    expect(summary).toContain("could not be evaluated (Error parsing JSON when evaluating fromJson");
  });

  it("an error quoting payload text is cut", async () => {
    await writeConditionPackage("fmt", JSON.stringify("format(event.payload.body, 1) == ''"));
    const outcome = await dispatch(releaseEvent({ body: `{${"x".repeat(100_000)}` }), { repoRoot: repo.root, dryRun: true });
    const message = outcome.mismatches[0]?.message ?? "";
    expect(message).toMatch(/^condition `format\(event.payload.body, 1\) == ''` could not be evaluated \(The following format string is invalid: \{x+…\): event.payload.body = "\{x+…$/);
    expect(message.length).toBeLessThan(600);
    expect(outcome.explanation).toBeUndefined();
  });
});
