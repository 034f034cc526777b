// A new user's first flow package, written from the README: the mistakes they make each get a
// message at the file and line to change, without a stack, and with the right exit code.
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-newuser-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("a misspelt keyword in a trigger schema", () => {
  const schemaText = [
    "{",
    '  "type": "object",',
    '  "require": ["ref"],',
    '  "properties": {',
    '    "ref": { "type": "string", "enums": ["refs/heads/main"], "example": "refs/heads/main", "x-owner": "me" }',
    "  }",
    "}",
    "",
  ].join("\n");

  async function packageWithTypos(): Promise<void> {
    const root = await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    await writeText(`${root}/schemas/push.json`, schemaText);
    const toml = 'name = "hello"\nversion = 1\n\n[[steps]]\nname = "go"\nrunner = "bun"\nscript = "exec/go.ts"\n\n[steps.trigger]\ntype = "push"\nschema = "schemas/push.json"\n';
    await writeText(`${root}/flow.toml`, toml);
  }

  it("is a warning at its line with the keyword to write, as validate says", async () => {
    await packageWithTypos();

    const { code, err } = await flowsIn(repo.dir, "validate");

    const lines = err.split("\n").filter((line) => line.startsWith("flows/hello/"));
    expect(lines).toEqual([
      expect.stringMatching(/^flows\/hello\/schemas\/push\.json:3:3: warning: "require" is not a JSON Schema keyword, so it is ignored .* Did you mean "required"\?/),
      expect.stringMatching(/^flows\/hello\/schemas\/push\.json:5:\d+: warning: "enums" is not a JSON Schema keyword, .* Did you mean "enum"\?/),
    ]);
    // `example` (an annotation in OpenAPI) and `x-owner` (the author's own) change no check: no word.
    expect(err).not.toContain('"example"');
    expect(err).not.toContain("x-owner");
    expect(code).toBe(0);
  });

  it("is in validate's --json problems, and the schema still loads: a payload it meant to refuse matches", async () => {
    await packageWithTypos();
    const { out } = await flowsIn(repo.dir, "validate", "--json");
    const problems = JSON.parse(out).problems as Array<{ severity: string; line?: number; message: string }>;
    expect(problems.map((problem) => [problem.severity, problem.line])).toEqual([
      ["warning", 3],
      ["warning", 5],
    ]);

    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1", { ref: "refs/heads/dev" }));
    const fired = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");
    expect(fired.out).toMatch(/completed {2}hello\/go /);
  });

  it("is counted by fire on standard error, with the command that lists it", async () => {
    await packageWithTypos();
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1", { ref: "refs/heads/main" }));

    for (const dryRun of [["--dry-run"], []]) {
      const { code, out, err } = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none", ...dryRun);
      expect(code, dryRun.join()).toBe(0);
      expect(err.split("\n").filter((line) => line.startsWith("warning:")), dryRun.join()).toEqual([
        `warning: 2 warnings about the steps this event reached (flows/hello/schemas/push.json); run \`flows validate --repo ${repo.dir}\` to see them.`,
      ]);
      expect(out).not.toContain("warning");
    }
    // An event no step with that schema takes checks nothing against it, and says nothing of it.
    const other = await writeEventFile(repo.dir, flowEvent("release.published", "release-1"));
    expect((await flowsIn(repo.dir, "fire", "--event", other, "--state", "none")).err).not.toContain("warning");
  });
});

describe("flow.toml mistakes a first package makes", () => {
  const HEAD = 'name = "pkg"\nversion = 1\n\n';
  const STEP = '[[steps]]\nname = "go"\nrunner = "bun"\nscript = "exec/go.ts"\n';
  const cases = [
    {
      name: "a trigger with a list of types",
      toml: `${HEAD}${STEP}\n[steps.trigger]\ntype = ["push", "pull_request.opened"]\n`,
      line: 10,
      message:
        'steps[0].trigger.type is an array; expected a non-empty string of at most 200 characters, not only spaces, without control characters. A trigger matches one type: write one in quotes, e.g. type = "push". For several events, use a wildcard that covers them ("pull_request.*") or give each type its own step (each [[steps]] section has one trigger).',
    },
    {
      name: "[[steps] left unclosed",
      toml: `${HEAD}${STEP.replace("[[steps]]", "[[steps]")}`,
      line: 4,
      message:
        "flow.toml is not valid TOML: expected end of table array declaration. A section header closes with as many brackets as it opens: write [[steps]] (each step is one [[steps]] section).",
    },
    {
      name: "[steps.trigger]] with a bracket too many",
      toml: `${HEAD}${STEP}\n[steps.trigger]]\ntype = "push"\n`,
      line: 9,
      message:
        "flow.toml is not valid TOML: each key-value declaration must be followed by an end-of-line. A section header closes with as many brackets as it opens: write [steps.trigger].",
    },
    {
      name: "[steps.trigger without its bracket",
      toml: `${HEAD}${STEP}\n[steps.trigger\ntype = "push"\n`,
      line: 9,
      message: "flow.toml is not valid TOML: illegal character in key. A section header closes with as many brackets as it opens: write [steps.trigger].",
    },
    {
      name: "a condition that reads payload without event",
      toml: `${HEAD}${STEP}\n[steps.trigger]\ntype = "push"\nif = "payload.ref == 'refs/heads/main'"\n`,
      line: 11,
      message:
        "steps[0].trigger.if reads 'payload', which is not a context; a condition can read event, github, flow and env. payload is read through its context: write event.payload.",
    },
    {
      name: "a condition that reads a misspelt context",
      toml: `${HEAD}${STEP}\n[steps.trigger]\ntype = "push"\nif = "events.payload.ref == 'refs/heads/main'"\n`,
      line: 11,
      message: "steps[0].trigger.if reads 'events', which is not a context; a condition can read event, github, flow and env. Did you mean event? Write event in its place.",
    },
  ];

  it.each(cases)("$name: an error at its line that says what to write, in text and in --json", async (mistake) => {
    const root = await writeFlow(repo.dir, { name: "pkg", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    await writeText(`${root}/flow.toml`, mistake.toml);

    const { code, err } = await flowsIn(repo.dir, "validate");
    const lines = err.split("\n").filter((line) => line.startsWith("flows/pkg/"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^flows/pkg/flow\\.toml:${mistake.line}:\\d+: error: `));
    expect(lines[0]).toContain(mistake.message);
    expect(err).not.toMatch(/\n\s+at |a bug in flows-action/);
    expect(code).toBe(1);

    const json = await flowsIn(repo.dir, "validate", "--json");
    expect(json.code).toBe(1);
    const problems = JSON.parse(json.out).problems as Array<{ line?: number; message: string }>;
    expect(problems).toEqual([expect.objectContaining({ severity: "error", line: mistake.line, message: mistake.message })]);
  });
});

describe("a trigger type with a GitHub action cut short", () => {
  it.each([
    ["pull_request.open", "pull_request.opened"],
    ["pull_request.sync", "pull_request.synchronize"],
    ["issues.label", "issues.labeled"],
  ])("%s is a warning that names %s", async (written, meant) => {
    await writeFlow(repo.dir, { name: "pkg", steps: [{ name: "go", trigger: written, source: rawStep("completed") }] });

    const { code, err } = await flowsIn(repo.dir, "validate");

    const lines = err.split("\n").filter((line) => line.startsWith("flows/pkg/"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^flows\/pkg\/flow\.toml:\d+:\d+: warning: /);
    expect(lines[0]).toContain(`Did you mean "${meant}"?`);
    expect(code).toBe(0);
  });
});

describe("a path in flow.toml written from the repository's top", () => {
  it.each([
    ["script", "flows/pkg/exec/go.ts", "exec/go.ts"],
    ["script", "./flows/pkg/exec/go.ts", "exec/go.ts"],
    ["schema", "flows/pkg/schemas/push.json", "schemas/push.json"],
  ])("%s = %j is an error that gives the path from the package folder", async (key, written, meant) => {
    const root = await writeFlow(repo.dir, { name: "pkg", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    await writeText(`${root}/schemas/push.json`, '{"type": "object"}\n');
    const script = key === "script" ? written : "exec/go.ts";
    const schema = key === "schema" ? `\nschema = "${written}"` : "";
    await writeText(`${root}/flow.toml`, `name = "pkg"\nversion = 1\n\n[[steps]]\nname = "go"\nrunner = "bun"\nscript = "${script}"\n\n[steps.trigger]\ntype = "push"${schema}\n`);

    const { code, err } = await flowsIn(repo.dir, "validate");

    const lines = err.split("\n").filter((line) => line.startsWith("flows/pkg/"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^flows/pkg/flow\\.toml:${key === "script" ? 7 : 11}:1: error: `));
    expect(lines[0]).toContain(`Paths in flow.toml are relative to the package folder (flows/pkg), not to the repository: write "${meant}".`);
    expect(code).toBe(1);
  });
});

describe("a step that exports its function by name, not as the default", () => {
  it("fails saying nothing called it and how to export it, without a stack", async () => {
    const source = 'export async function main(context: unknown) {\n  return { status: "completed" };\n}\n';
    await writeFlow(repo.dir, { name: "pkg", steps: [{ name: "go", trigger: "push", source }] });
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1"));

    const { code, out, err } = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");

    expect(out).toMatch(/failed {2}pkg\/go /);
    expect(out).toContain(
      "no FLOW_RESULT line on stdout: exec/go.ts exports main by name but has no default export, so it ran as a raw script and nothing called main. Export it as the default (export default main,",
    );
    expect(out + err).not.toMatch(/\n\s+at |a bug in flows-action/);
    expect(code).toBe(1);

    const json = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none", "--json");
    const runs = JSON.parse(json.out).runs as Array<{ error?: string }>;
    expect(runs[0]?.error).toContain("exports main by name but has no default export");
  });

  it("a raw script that exports a helper by name and prints its FLOW_RESULT still completes", async () => {
    const source = 'export const greet = (name: string) => "hi " + name;\nconsole.log(greet("me"));\nconsole.log(\'FLOW_RESULT {"status":"completed"}\');\n';
    await writeFlow(repo.dir, { name: "pkg", steps: [{ name: "go", trigger: "push", source }] });
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1"));

    const { code, out } = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");

    expect(out).toMatch(/completed {2}pkg\/go /);
    expect(code).toBe(0);
  });
});

describe("a module-style step that returns a status no FlowResult has", () => {
  it("fails saying its function returned it, with the statuses to use, not as a line it printed", async () => {
    const source = 'import { defineFlow } from "flows-action/bun";\n\nexport default defineFlow(async () => ({ status: "done" }));\n';
    await writeFlow(repo.dir, { name: "pkg", steps: [{ name: "go", trigger: "push", source }] });
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1"));

    const { code, out, err } = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");

    expect(out).toMatch(/failed {2}pkg\/go /);
    expect(out).toContain(
      'the default export of exec/go.ts returned {"status":"done"}; the result\'s status "done" is not one of skipped, completed, changed, needs_intervention, blocked, failed',
    );
    expect(out).not.toContain("(line: ");
    expect(out + err).not.toMatch(/\n\s+at |a bug in flows-action/);
    expect(code).toBe(1);
  });
});

describe("a package folder given to validate as an argument", () => {
  it("is refused with the --flows-path to write for its flow root", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });

    const { code, err } = await flowsIn(repo.dir, "validate", "flows/hello");

    expect(err).toContain(
      'unexpected argument "flows/hello": the usage is flows validate, with options only. flows/hello is a flow package: flows validate reads every package under the flow roots (--flows-path, default .codex/flows,flows), this one with the rest; for only the packages in its folder, write flows validate --flows-path flows.',
    );
    expect(code).toBe(2);

    // A folder of packages is a flow root to name; a word that is no folder gets no guess.
    expect((await flowsIn(repo.dir, "list", "flows")).err).toContain("give it as a flow root: --flows-path flows.");
    expect((await flowsIn(repo.dir, "validate", "hello")).err).not.toContain("--flows-path");
  });
});

describe("flows github with a payload that lost its action", () => {
  it("warns that its type is the bare event name and which types triggers name, and still runs", async () => {
    await writeFlow(repo.dir, { name: "notes", steps: [{ name: "go", trigger: "release.published", source: rawStep("completed") }] });
    const payload = JSON.parse(await readFile("examples/release-reaction/release-published.json", "utf8")) as Record<string, unknown>;
    delete payload.action;
    const path = join(repo.dir, "release.json");
    await writeFile(path, JSON.stringify(payload));

    const { code, err } = await flowsIn(repo.dir, "github", "--event-name", "release", "--event-path", path, "--state", "none");

    expect(err.split("\n").filter((line) => line.startsWith("warning:"))).toEqual([
      `warning: ${path} has no "action", so its FlowEvent type is "release", which triggers for release events do not match: they name its action (release.created, release.deleted, release.edited, release.prereleased, release.published, release.released, release.unpublished; or release.*). GitHub's release payloads always carry one: add it as GitHub sends it, e.g. "action": "published".`,
    ]);
    expect(code).toBe(0);

    // As GitHub delivers it, with its action: no word.
    await copyFile("examples/release-reaction/release-published.json", path);
    const delivered = await flowsIn(repo.dir, "github", "--event-name", "release", "--event-path", path, "--state", "none");
    expect(delivered.err).not.toContain('has no "action"');
    expect(delivered.code).toBe(0);
  });
});
