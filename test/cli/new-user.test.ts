// A new user's first flow package, written from the README: the mistakes they make each get a
// message at the file and line to change, without a stack, and with the right exit code.
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
});
