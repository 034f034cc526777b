import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FlowManifestError, formatDiagnostic } from "../../src/flows/diagnostics.js";
import { loadFlowManifest } from "../../src/flows/manifest.js";
import type { FlowPackage } from "../../src/flows/types.js";
import { validateFlows } from "../../src/flows/validate.js";
import { copyPackage, makeTempRepo, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

const SCRIPT = { "exec/run.ts": 'console.log(\'FLOW_RESULT {"status":"skipped"}\');\n' };

async function loadText(toml: string, extra: Record<string, string> = {}) {
  await writeFiles(repo.root, {
    "pkg/flow.toml": toml,
    ...prefix("pkg/", { ...SCRIPT, ...extra }),
  });
  return loadFlowManifest(join(repo.root, "pkg/flow.toml"));
}

function prefix(dir: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [dir + path, text]));
}

describe("loadFlowManifest", () => {
  it("loads the contract example into a FlowPackage with absolute paths", async () => {
    const root = await copyPackage(
      "openai-codex-bindings",
      repo.root,
      "flows/openai-codex-bindings",
    );

    const { flow, problems } = await loadFlowManifest(join(root, "flow.toml"));

    expect(problems).toEqual([]);
    expect(flow).toEqual<FlowPackage>({
      name: "openai-codex-bindings",
      version: 1,
      description: "Regenerate bindings when openai/codex publishes a release",
      config: { commit: true },
      guidance: { skills: ["bindings-maintainer"] },
      root,
      manifestPath: join(root, "flow.toml"),
      steps: [
        {
          name: "regenerate-bindings",
          runner: "bun",
          script: "exec/update-bindings.ts",
          scriptPath: join(root, "exec/update-bindings.ts"),
          cwdPath: repo.root,
          timeoutMs: 1_200_000,
          line: 11,
          trigger: {
            type: "upstream.release",
            schema: "schemas/upstream-release.schema.json",
            schemaPath: join(root, "schemas/upstream-release.schema.json"),
          },
        },
      ],
    });
  });

  it("defaults cwd to the package folder and timeout to 300000, and leaves optional fields out", async () => {
    const { flow, problems } = await loadText(
      'name = "minimal"\nversion = 0.5\n\n[[steps]]\nname = "only"\nrunner = "code-mode"\nscript = "exec/run.ts"\n',
    );

    expect(problems).toEqual([]);
    expect(flow?.version).toBe(0.5);
    expect(flow?.steps[0]).toEqual({
      name: "only",
      runner: "code-mode",
      script: "exec/run.ts",
      scriptPath: join(repo.root, "pkg/exec/run.ts"),
      cwdPath: join(repo.root, "pkg"),
      timeoutMs: 300_000,
      line: 4,
    });
    expect(Object.keys(flow ?? {}).sort()).toEqual([
      "manifestPath",
      "name",
      "root",
      "steps",
      "version",
    ]);
  });

  it("reads guidance without skills as an empty skill list", async () => {
    const { flow } = await loadText(
      'name = "g"\nversion = 1\n[guidance]\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "exec/run.ts"\n',
    );
    expect(flow?.guidance).toEqual({ skills: [] });
  });

  it("finds fields written as dotted keys and inline tables", async () => {
    const { flow, problems } = await loadText(
      [
        'name = "inline"',
        "version = 1",
        'steps = [ { name = "a", runner = "bun", script = "exec/run.ts", trigger = { type = "x" } } ]',
        "",
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(flow?.steps[0]?.trigger).toEqual({ type: "x" });

    const dotted = await loadText(
      'name = "d"\nversion = 1\n\n[[steps]]\nname = "a"\nrunner = "bun"\nscript = "exec/run.ts"\ntrigger.type = ""\n',
    );
    expect(dotted.problems).toMatchObject([{ line: 8, column: 1 }]);
    expect(dotted.problems[0]?.message).toContain('steps[0].trigger.type is ""');
  });

  it("places errors in the right [[steps]] even after multi-line strings and arrays", async () => {
    const { problems } = await loadText(
      [
        'name = "tricky"', // 1
        "version = 1", // 2
        'description = """', // 3
        "[[steps]]", // 4: inside a string, not a header
        'runner = "fake"', // 5: inside a string, not a key
        '"""', // 6
        "[guidance]", // 7
        "skills = [", // 8
        '  "a",', // 9
        '  "runner = x",', // 10
        "]", // 11
        "", // 12
        "[[steps]]", // 13
        'name = "first"', // 14
        'runner = "bun"', // 15
        'script = "exec/run.ts"', // 16
        "", // 17
        "  [[ steps ]]  # second", // 18
        '  "name" = "second"', // 19
        '  runner = "perl"', // 20
        '  script = "exec/run.ts"', // 21
      ].join("\n"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", line: 20, column: 3 });
    expect(problems[0]?.message).toMatch(/^steps\[1\]\.runner is "perl"/);
  });

  it("a multi-line string with an escaped quote before two quotes does not end there", async () => {
    const { problems } = await loadText(
      [
        'name = "escaped"', // 1
        "version = 1", // 2
        'description = """', // 3
        'quoted: \\"""', // 4: \" and "", still inside the string
        "[[steps]]", // 5: inside the string, not a header
        '"""', // 6
        "[[steps]]", // 7
        'name = "first"', // 8
        'runner = "perl"', // 9
        'script = "exec/run.ts"', // 10
      ].join("\n"),
    );
    expect(problems).toMatchObject([{ severity: "error", line: 9 }]);
    expect(problems[0]?.message).toMatch(/^steps\[0\]\.runner is "perl"/);
  });

  it("reports an unreadable manifest instead of throwing", async () => {
    const { flow, problems } = await loadFlowManifest(join(repo.root, "nowhere/flow.toml"));
    expect(flow).toBeUndefined();
    expect(problems).toEqual([
      {
        severity: "error",
        file: join(repo.root, "nowhere/flow.toml"),
        message: "flow.toml cannot be read (ENOENT). Check that the file exists and is readable.",
      },
    ]);
  });

  it("accepts a schema file that starts with a byte order mark", async () => {
    const { flow, problems } = await loadText(
      'name = "bom"\nversion = 1\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "exec/run.ts"\n[steps.trigger]\ntype = "t"\nschema = "s.json"\n',
      { "s.json": '\uFEFF{ "type": "object" }' },
    );
    expect(problems).toEqual([]);
    expect(flow?.steps[0]?.trigger?.schemaPath).toBe(join(repo.root, "pkg/s.json"));
  });
});

describe("unknown keys", () => {
  const HEAD = 'name = "keys"\nversion = 1\n';
  const STEP = '[[steps]]\nname = "s"\nrunner = "bun"\nscript = "exec/run.ts"\n';
  const warningsOf = async (toml: string) => {
    const { problems } = await loadText(toml);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    return problems.map((p) => [p.line, p.message]);
  };

  it("a key written in the wrong table says where it belongs, and what ignoring it changes", async () => {
    expect(await warningsOf(`${HEAD}${STEP}if = "github.ref == 'refs/heads/main'"\n[steps.trigger]\ntype = "push"\n\n[trigger]\ntype = "release"\n`)).toEqual([
      [
        7,
        'unknown key "if" in steps[0] is ignored, so no trigger is limited by this condition: ' +
          "if belongs in a step's [steps.trigger] section, right after its [[steps]] section. Move it there.",
      ],
      [
        11,
        'unknown key "trigger" at the top level is ignored, so no step gets this trigger: ' +
          "a trigger belongs to a step. Write it as [steps.trigger] right after that step's [[steps]] section.",
      ],
    ]);
    expect(await warningsOf(`${HEAD}${STEP}[steps.trigger]\ntype = "push"\ntimeout_ms = 5000\n`)).toEqual([
      [9, 'unknown key "timeout_ms" in steps[0].trigger is ignored: timeout_ms belongs in a step\'s [[steps]] section, above its [steps.trigger]. Move it there.'],
    ]);
    expect(await warningsOf(`${HEAD}${STEP}description = "d"\n`)).toEqual([
      [7, 'unknown key "description" in steps[0] is ignored: description belongs at the top of flow.toml, above the first [[steps]] section. Move it there.'],
    ]);
  });

  it("a misspelt key names the key it is close to", async () => {
    expect(await warningsOf(`${HEAD}descripton = "d"\n${STEP}timeoutMs = 5\n[steps.trigger]\ntype = "push"\nschemas = "s.json"\n`)).toEqual([
      [
        3,
        'unknown key "descripton" at the top level is ignored; expected one of name, version, description, config, guidance, steps. ' +
          'Did you mean "description"? Fix its spelling or remove it.',
      ],
      [8, expect.stringMatching(/^unknown key "timeoutMs" in steps\[0\] is ignored; .* Did you mean "timeout_ms"\?/)],
      [11, expect.stringMatching(/^unknown key "schemas" in steps\[0\]\.trigger is ignored; .* Did you mean "schema"\?/)],
    ]);
    expect(await warningsOf(`${HEAD}${STEP}retries = 3\n`)).toEqual([
      [7, 'unknown key "retries" in steps[0] is ignored; expected one of name, runner, script, cwd, timeout_ms, trigger. Remove it or fix its spelling.'],
    ]);
  });
});

describe("encodings", () => {
  const STEP = '[[steps]]\nname = "s"\nrunner = "bun"\nscript = "exec/run.ts"\n';
  const latin1 = (text: string) => Buffer.from(text, "latin1");
  async function loadBytes(manifest: Buffer, extra: Record<string, Buffer> = {}) {
    await writeFiles(repo.root, prefix("pkg/", SCRIPT));
    for (const [path, bytes] of Object.entries(extra)) await writeFile(join(repo.root, "pkg", path), bytes);
    await writeFile(join(repo.root, "pkg/flow.toml"), manifest);
    return loadFlowManifest(join(repo.root, "pkg/flow.toml"));
  }

  it("a byte order mark does not move line 1's positions", async () => {
    const wrongType = await loadText(`\uFEFFname = 5\nversion = 1\n${STEP}`);
    expect(wrongType.problems).toMatchObject([{ severity: "error", line: 1, column: 1 }]);
    const syntax = await loadText(`\uFEFFname = bad\nversion = 1\n${STEP}`);
    expect(syntax.problems).toMatchObject([{ severity: "error", line: 1, column: 8 }]);
  });

  it("a manifest saved as Latin-1 is an error at the first byte that is not UTF-8, not a silently changed name", async () => {
    const { flow, problems } = await loadBytes(latin1(`version = 1\nname = "caf\u00e9"\n${STEP}`));
    expect(flow).toBeUndefined();
    expect(problems).toEqual([
      {
        severity: "error",
        file: join(repo.root, "pkg/flow.toml"),
        line: 2,
        column: 12,
        message:
          "flow.toml is not valid UTF-8, as TOML files must be: byte 0xE9 at this position is not part of a UTF-8 character " +
          "(the file was probably saved as Latin-1 or Windows-1252). Save it as UTF-8.",
      },
    ]);
  });

  it("a U+FFFD written in a UTF-8 manifest is just a character", async () => {
    const { flow, problems } = await loadText(`name = "odd\uFFFD"\nversion = 1\n${STEP}`);
    expect(problems).toEqual([]);
    expect(flow?.name).toBe("odd\uFFFD");
  });

  it("a trigger schema saved as Latin-1 is an error in the schema file, and so is one it refers to", async () => {
    const manifest = Buffer.from(`name = "enc"\nversion = 1\n${STEP}[steps.trigger]\ntype = "t"\nschema = "s.json"\n`);
    const { flow, problems } = await loadBytes(manifest, { "s.json": latin1('{ "enum": ["caf\u00e9"] }') });
    expect(flow).toBeUndefined();
    expect(problems).toMatchObject([{ severity: "error", file: join(repo.root, "pkg/s.json"), line: 1, column: 16 }]);
    expect(problems[0]?.message).toMatch(/^schema is not valid UTF-8, as JSON files must be: byte 0xE9 .* Save it as UTF-8 \(referenced by steps\[0\]\.trigger\.schema in .*flow\.toml\)\.$/);

    await writeFile(join(repo.root, "pkg/s.json"), '{ "$ref": "common.json" }');
    await writeFile(join(repo.root, "pkg/common.json"), latin1('{\n  "enum": ["caf\u00e9"]\n}'));
    const validated = await validateFlows({ repoRoot: repo.root, roots: ["."] });
    expect(validated.problems).toMatchObject([{ severity: "error", file: join(repo.root, "pkg/common.json"), line: 2, column: 16 }]);
    expect(validated.problems[0]?.message).toContain("schema is not valid UTF-8, as JSON files must be: byte 0xE9");
  });
});

describe("diagnostics", () => {
  const diagnostic = {
    severity: "error" as const,
    file: "/repo/flows/x/flow.toml",
    line: 7,
    column: 3,
    message:
      'steps[0].runner is "node"; expected "bun" or "code-mode". Change runner to one of those.',
  };

  it("formats a diagnostic as path:line:col: severity: message, relative to a base folder", () => {
    expect(formatDiagnostic(diagnostic, { baseDir: "/repo" })).toBe(
      'flows/x/flow.toml:7:3: error: steps[0].runner is "node"; expected "bun" or "code-mode". Change runner to one of those.',
    );
    expect(formatDiagnostic({ ...diagnostic, column: undefined, severity: "warning" })).toMatch(
      /^\/repo\/flows\/x\/flow\.toml:7: warning: /,
    );
    expect(
      formatDiagnostic(
        { severity: "error", file: "/repo/f.toml", message: "m" },
        { baseDir: "/repo" },
      ),
    ).toBe("f.toml: error: m");
  });

  it("FlowManifestError carries the diagnostic's file, line and column", () => {
    const error = new FlowManifestError(diagnostic);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("FlowManifestError");
    expect([error.file, error.line, error.column]).toEqual(["/repo/flows/x/flow.toml", 7, 3]);
    expect(error.message).toBe(diagnostic.message);
    expect(error.diagnostic).toBe(diagnostic);
  });
});
