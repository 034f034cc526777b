// A first-time author's flow.toml mistakes, each beside a good package: every mistake gets one
// message at its file and line that says what to change (a "did you mean" where a key or value
// is close), `flows validate` exits 1 with that message for an error, no stack trace is shown,
// and the good package still runs.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-mistakes-");
});
afterEach(async () => {
  await repo.cleanup();
});

const HEAD = 'name = "pkg"\nversion = 1\n\n[[steps]]\nname = "go"\n';
const STEP = `${HEAD}runner = "bun"\nscript = "exec/run.ts"\n`;

type Mistake = { name: string; toml: string; severity: "error" | "warning"; line: number; message: string };

const MISTAKES: Mistake[] = [
  {
    name: "a misspelt [steps.trigger] table",
    toml: `${STEP}\n[steps.trigers]\ntype = "push"\n`,
    severity: "warning",
    line: 9,
    message: 'unknown key "trigers" in steps[0] is ignored; expected one of name, runner, script, cwd, timeout_ms, trigger. Did you mean "trigger"? Until it is fixed this step has no trigger, so no event runs it: fix its spelling.',
  },
  {
    name: "a misspelt script key",
    toml: `${HEAD}runner = "bun"\nscirpt = "exec/run.ts"\n`,
    severity: "error",
    line: 7,
    message: 'steps[0].script is missing; expected a non-empty string of at most 4096 characters, not only spaces, with no character below U+0020 (tab, newline, NUL). Rename "scirpt" to script.',
  },
  {
    name: 'runner = "node"',
    toml: `${HEAD}runner = "node"\nscript = "exec/run.ts"\n`,
    severity: "error",
    line: 6,
    message: 'steps[0].runner is "node"; expected "bun" or "code-mode". Steps run with Bun, which runs TypeScript and JavaScript written for Node: write runner = "bun".',
  },
  {
    name: "a runner in the wrong case",
    toml: `${HEAD}runner = "Bun"\nscript = "exec/run.ts"\n`,
    severity: "error",
    line: 6,
    message: 'steps[0].runner is "Bun"; expected "bun" or "code-mode". Did you mean "bun"? Write runner = "bun".',
  },
  {
    name: "code_mode for code-mode",
    toml: `${HEAD}runner = "code_mode"\nscript = "exec/run.ts"\n`,
    severity: "error",
    line: 6,
    message: 'steps[0].runner is "code_mode"; expected "bun" or "code-mode". Did you mean "code-mode"? Write runner = "code-mode".',
  },
  {
    name: "timeout for timeout_ms",
    toml: `${STEP}timeout = 5000\n`,
    severity: "warning",
    line: 8,
    message: 'unknown key "timeout" in steps[0] is ignored; expected one of name, runner, script, cwd, timeout_ms, trigger. Did you mean "timeout_ms"? Until it is fixed the step gets the default timeout (300000 ms): fix its spelling.',
  },
  {
    name: "a version in quotes",
    toml: STEP.replace("version = 1", 'version = "1"'),
    severity: "error",
    line: 2,
    message: 'version is "1"; expected a finite number. Write it without quotes, e.g. version = 1.',
  },
  {
    name: "a trigger written as a string",
    toml: `${STEP}trigger = "push"\n`,
    severity: "error",
    line: 8,
    message: 'steps[0].trigger is "push"; expected a table. Write it as a [steps.trigger] section right after its [[steps]] section, holding type = "push".',
  },
  {
    name: "a trigger written as [[steps.trigger]]",
    toml: `${STEP}\n[[steps.trigger]]\ntype = "push"\n`,
    severity: "error",
    line: 9,
    message: "steps[0].trigger is an array; expected a table. A step has one trigger: write its header with single brackets, [steps.trigger], not [[steps.trigger]].",
  },
  {
    name: "a trigger type with a typo",
    toml: `${STEP}\n[steps.trigger]\ntype = "pul_request.opened"\n`,
    severity: "warning",
    line: 10,
    message: 'steps[0].trigger.type "pul_request.opened" matches no GitHub event: "pul_request" is not a GitHub event name. Did you mean "pull_request.opened"?',
  },
  {
    name: "a misspelt schema key",
    toml: `${STEP}\n[steps.trigger]\ntype = "push"\nshema = "schemas/push.json"\n`,
    severity: "warning",
    line: 11,
    message: 'Did you mean "schema"? Until it is fixed the trigger checks no schema, so every payload of its type matches: fix its spelling.',
  },
  {
    name: "a schema path that does not exist",
    toml: `${STEP}\n[steps.trigger]\ntype = "push"\nschema = "schemas/push.json"\n`,
    severity: "error",
    line: 11,
    message: 'steps[0].trigger.schema "schemas/push.json" does not exist',
  },
  {
    name: "a script path in another case than on disk",
    toml: `${HEAD}runner = "bun"\nscript = "exec/Run.ts"\n`,
    severity: "error",
    line: 7,
    message: 'There is run.ts beside it: names are case-sensitive on Linux, where GitHub\'s runners run. Write "exec/run.ts".',
  },
  {
    name: "a step name used twice",
    toml: `${STEP}\n[[steps]]\nname = "go"\nrunner = "bun"\nscript = "exec/run.ts"\n`,
    severity: "error",
    line: 10,
    message: 'steps[1].name "go" is already used by steps[0] (line 4); step names must be unique within a flow. Rename one of them.',
  },
  {
    name: "an empty [[steps]] section",
    toml: `${STEP}\n[[steps]]\n`,
    severity: "error",
    line: 9,
    message: 'steps[1] is an empty [[steps]] section; a step needs name, runner and script. Add them below the header (e.g. name = "build", runner = "bun", script = "exec/build.ts"), or remove the header.',
  },
  {
    name: "[[step]] for [[steps]]",
    toml: STEP.replace("[[steps]]", "[[step]]"),
    severity: "error",
    line: 4,
    message: 'steps is missing; expected at least one [[steps]] section. Rename "step" to steps.',
  },
  {
    name: "an empty flow.toml",
    toml: "# to do\n",
    severity: "error",
    line: 1,
    message: "flow.toml is empty; expected a flow's name, version and steps.",
  },
];

describe("a first-time author's flow.toml mistakes", () => {
  it.each(MISTAKES)("$name: one message at its line, and validate's exit code says it", async (mistake) => {
    const root = await writeFlow(repo.dir, { name: "pkg", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    await writeText(`${root}/exec/run.ts`, rawStep("completed"));
    await writeText(`${root}/flow.toml`, mistake.toml);

    const { code, err } = await flowsIn(repo.dir, "validate");

    const lines = err.split("\n").filter((line) => line.startsWith("flows/pkg/"));
    // One mistake, one message.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^flows/pkg/flow\\.toml:${mistake.line}(:\\d+)?: ${mistake.severity}: `));
    expect(lines[0]).toContain(mistake.message);
    expect(err).not.toMatch(/\n\s+at /);
    expect(code).toBe(mistake.severity === "error" ? 1 : 0);
  });

  it("each broken package costs only itself: the good package beside them all still runs", async () => {
    await writeFlow(repo.dir, { name: "good", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    for (const [i, mistake] of MISTAKES.entries()) {
      const root = await writeFlow(repo.dir, { name: `bad-${i}`, steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
      await writeText(`${root}/exec/run.ts`, rawStep("completed"));
      await writeText(`${root}/flow.toml`, mistake.toml.replace('name = "pkg"', `name = "bad-${i}"`));
    }
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1"));

    const { code, out, err } = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");

    expect(out).toMatch(/completed {2}good\/go /);
    expect(out + err).not.toMatch(/\n\s+at /);
    const errors = MISTAKES.filter((mistake) => mistake.severity === "error").length;
    expect(out.match(/: error: /g)).toHaveLength(errors);
    // A package that cannot be loaded fails the command, though every step that ran completed.
    expect(code).toBe(1);
  });
});
