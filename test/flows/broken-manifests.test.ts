import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { FlowDiagnostic } from "../../src/contracts.js";
import { loadFlowManifest } from "../../src/flows/manifest.js";
import { validateFlows } from "../../src/flows/validate.js";
import { FIXTURES } from "./helpers.js";

const BROKEN = join(FIXTURES, "broken");

type BrokenCase = {
  /** Folder under test/fixtures/flows/broken. */
  name: string;
  /** File the diagnostic must point at, relative to the case folder. */
  file?: string;
  /** Line the diagnostic must point at; `null` when there is no line to point at. */
  line: number | null;
  column?: number;
  phrase: string;
  severity?: FlowDiagnostic["severity"];
  /** "compile": only found when the schema is compiled (validateFlows), not at load time. */
  stage?: "load" | "compile";
};

const SCHEMA = "schemas/release.schema.json";

const CASES: BrokenCase[] = [
  { name: "toml-syntax", line: 2, column: 11, phrase: "not valid TOML: invalid value" },
  { name: "name-missing", line: 1, phrase: "name is missing; expected a non-empty string" },
  { name: "name-empty", line: 1, phrase: 'name is ""; expected a non-empty string' },
  {
    name: "name-not-string",
    line: 1,
    phrase: "name is 42 (a number); expected a non-empty string",
  },
  {
    name: "version-string",
    line: 2,
    phrase: 'version is "1"; expected a finite number. Write it without quotes',
  },
  { name: "version-missing", line: 1, phrase: "version is missing; expected a finite number" },
  {
    name: "version-infinite",
    line: 2,
    phrase: "version is Infinity (a number); expected a finite number",
  },
  { name: "description-not-string", line: 3, phrase: "description is an array; expected a string" },
  {
    name: "steps-missing",
    line: 1,
    phrase: "steps is missing; expected at least one [[steps]] section",
  },
  { name: "steps-empty", line: 4, phrase: "steps is empty; expected at least one step" },
  { name: "steps-not-tables", line: 4, phrase: 'steps[0] is "build"; expected a table' },
  { name: "steps-single-table", line: 4, phrase: "steps is a table; expected an array of tables" },
  { name: "step-name-missing", line: 4, phrase: "steps[0].name is missing" },
  {
    name: "step-names-duplicate",
    line: 10,
    phrase: 'steps[1].name "build" is already used by steps[0]',
  },
  {
    name: "runner-bad",
    line: 11,
    phrase: 'steps[1].runner is "node"; expected "bun" or "code-mode". Steps run with Bun, which runs TypeScript and JavaScript written for Node: write runner = "bun".',
  },
  {
    name: "runner-missing",
    line: 4,
    phrase: 'steps[0].runner is missing; expected "bun" or "code-mode"',
  },
  { name: "script-missing", line: 4, phrase: "steps[0].script is missing" },
  { name: "script-absent", line: 7, phrase: 'steps[0].script "exec/missing.ts" does not exist' },
  {
    name: "script-directory",
    line: 7,
    phrase: 'steps[0].script "exec" is a directory; expected a file',
  },
  {
    name: "script-absolute",
    line: 7,
    phrase: "an absolute path; expected a path relative to the package folder",
  },
  { name: "cwd-absent", line: 8, phrase: 'steps[0].cwd "build/output" does not exist' },
  {
    name: "cwd-is-file",
    line: 8,
    phrase: 'steps[0].cwd "exec/run.ts" is a file; expected a directory',
  },
  {
    name: "timeout-negative",
    line: 8,
    phrase: "steps[0].timeout_ms is -5 (a number); expected a positive whole number",
  },
  {
    name: "timeout-string",
    line: 8,
    phrase: 'steps[0].timeout_ms is "600000"; expected a positive whole number',
  },
  { name: "timeout-fraction", line: 8, phrase: "steps[0].timeout_ms is 1.5 (a number)" },
  {
    // setTimeout fires at once above 2^31-1 ms: the runner capped it there without a word.
    name: "timeout-too-long",
    line: 8,
    phrase: "steps[0].timeout_ms is 2592000000 (a number); expected a positive whole number of milliseconds, at most 2147483647",
  },
  { name: "trigger-without-type", line: 9, phrase: "steps[0].trigger.type is missing" },
  { name: "trigger-type-not-string", line: 10, phrase: "steps[0].trigger.type is 42 (a number)" },
  {
    name: "trigger-not-table",
    line: 8,
    phrase: 'steps[0].trigger is "upstream.release"; expected a table',
  },
  { name: "schema-absent", line: 11, phrase: `steps[0].trigger.schema "${SCHEMA}" does not exist` },
  {
    name: "schema-invalid-json",
    file: SCHEMA,
    line: 4,
    column: 3,
    phrase: 'schema is not valid JSON: expected "," or "}"',
  },
  {
    name: "schema-not-object",
    file: SCHEMA,
    line: 1,
    phrase: "schema is an array; expected a JSON object",
  },
  {
    name: "schema-invalid-keyword",
    file: SCHEMA,
    line: 4,
    column: 15,
    phrase: "schema is invalid: /properties/repo/type must be equal to one of the allowed values",
    stage: "compile",
  },
  {
    name: "schema-ref-missing-sibling",
    file: SCHEMA,
    line: 5,
    phrase: "common.schema.json, which does not exist",
    stage: "compile",
  },
  {
    name: "schema-ref-missing-definition",
    file: SCHEMA,
    line: 4,
    phrase: "common.schema.json#/definitions/slug cannot be resolved",
    stage: "compile",
  },
  {
    name: "schema-ref-remote",
    file: SCHEMA,
    line: 4,
    phrase: "$ref to https://schemas.example.com/repo.json cannot be followed",
    stage: "compile",
  },
  { name: "config-not-table", line: 3, phrase: 'config is "commit"; expected a table' },
  {
    name: "guidance-skills-not-strings",
    line: 5,
    phrase: "guidance.skills[1] is 7 (a number); expected a string",
  },
  {
    name: "unknown-key",
    line: 4,
    phrase: 'unknown key "owner" at the top level is ignored',
    severity: "warning",
  },
];

let validated: Awaited<ReturnType<typeof validateFlows>>;
beforeAll(async () => {
  validated = await validateFlows({ repoRoot: BROKEN, roots: ["."] });
});

const problemsOf = (name: string): FlowDiagnostic[] =>
  validated.problems.filter((problem) => problem.file.startsWith(`${join(BROKEN, name)}/`));

describe("broken flow packages", () => {
  it("the corpus has a table entry for every case folder and at least 20 cases", async () => {
    const folders = (await readdir(BROKEN)).sort();
    expect(CASES.map((c) => c.name).sort()).toEqual(folders);
    expect(folders.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)("$name is reported at its file and line", async (brokenCase) => {
    const expected = brokenCase.severity ?? "error";
    const problems = problemsOf(brokenCase.name);
    const problem = problems.find((p) => p.message.includes(brokenCase.phrase));
    expect(problem, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(problem?.severity).toBe(expected);
    expect(problem?.file).toBe(join(BROKEN, brokenCase.name, brokenCase.file ?? "flow.toml"));
    expect(problem?.line).toBe(brokenCase.line ?? undefined);
    if (brokenCase.column !== undefined) expect(problem?.column).toBe(brokenCase.column);
    // Each message also says what to change, not only what is wrong.
    expect(problem?.message).toMatch(/\. [A-Z][^.]*\.?/);

    const loaded = await loadFlowManifest(join(BROKEN, brokenCase.name, "flow.toml"));
    const loadErrors = loaded.problems.filter((p) => p.severity === "error");
    if (expected === "warning") {
      expect(loadErrors).toEqual([]);
      expect(loaded.flow?.name).toBe(brokenCase.name);
    } else if (brokenCase.stage === "compile") {
      expect(loadErrors).toEqual([]);
      expect(validated.flows.map((flow) => flow.name)).toContain(brokenCase.name);
    } else {
      expect(loaded.flow).toBeUndefined();
      expect(loadErrors.map((p) => p.message)).toContain(problem?.message);
      expect(validated.flows.map((flow) => flow.name)).not.toContain(brokenCase.name);
    }
  });

  it("an unknown key is only a warning and the step's unknown key is reported too", () => {
    const problems = problemsOf("unknown-key");
    expect(problems.map((p) => [p.severity, p.line])).toEqual([
      ["warning", 4],
      ["warning", 10],
    ]);
    expect(problems[1]?.message).toContain('unknown key "retries" in steps[0] is ignored');
  });

  it("only the packages whose problems are all warnings or compile errors are kept", () => {
    expect(validated.flows.map((flow) => flow.name).sort()).toEqual([
      "schema-invalid-keyword",
      "schema-ref-missing-definition",
      "schema-ref-missing-sibling",
      "schema-ref-remote",
      "unknown-key",
    ]);
  });
});
