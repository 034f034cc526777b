import { mkdir, symlink } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discoverFlows } from "../../src/flows/discovery.js";
import { loadFlowManifest } from "../../src/flows/manifest.js";
import { cpuTimed } from "../helpers/stalls.js";
import { makeTempRepo, type TempRepo, writeFiles } from "./helpers.js";

// #12 items 7 and 8: names are one printable line; paths stay inside their bounds.
let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
  await mkdir(join(repo.root, "repo", ".git"), { recursive: true });
});
afterEach(async () => {
  await repo.cleanup();
});

const PKG = "repo/flows/pkg";

function manifest(step: Record<string, string>, trigger?: Record<string, string>, flowName = "pkg"): string {
  const lines = [`name = ${JSON.stringify(flowName)}`, "version = 1", "", "[[steps]]"];
  for (const [key, value] of Object.entries({ name: "run", runner: "bun", script: "exec/run.ts", ...step })) {
    lines.push(`${key} = ${JSON.stringify(value)}`);
  }
  if (trigger) {
    lines.push("", "[steps.trigger]");
    for (const [key, value] of Object.entries({ type: "push", ...trigger })) lines.push(`${key} = ${JSON.stringify(value)}`);
  }
  return `${lines.join("\n")}\n`;
}

async function load(toml: string, extra: Record<string, string> = {}) {
  await writeFiles(join(repo.root, PKG), { "flow.toml": toml, "exec/run.ts": "", ...extra });
  return loadFlowManifest(join(repo.root, PKG, "flow.toml"));
}

const errors = (result: Awaited<ReturnType<typeof load>>) => result.problems.filter((p) => p.severity === "error");

describe("names in flow.toml", () => {
  it.each([
    ["a NUL", "build\u0000x", "U+0000"],
    ["a newline", "build\nx", "U+000A"],
    ["a tab", "a\tb", "U+0009"],
    ["a C1 control (NEL)", "a\u0085b", "U+0085"],
    ["a line separator", "a\u2028b", "U+2028"],
  ])("a step name with %s is an error at its line that names the character", async (_, name, code) => {
    const result = await load(manifest({ name }));
    expect(result.flow).toBeUndefined();
    const [problem] = errors(result);
    expect(problem?.line).toBe(5);
    expect(problem?.message).toContain("steps[0].name is");
    expect(problem?.message).toContain(`Remove the control character ${code}`);
  });

  it("a flow name longer than 200 characters is refused with the limit", async () => {
    const result = await load(manifest({}, undefined, "x".repeat(201)));
    expect(errors(result)[0]?.message).toContain("Shorten it to at most 200 characters");
  });

  it("a condition over its own limit is told that limit, not a name's, and a multi-line one is not told to be one line", async () => {
    const long = `(${"event.payload.tag == 'v' || ".repeat(150)}true)`;
    const oneLine = errors(await load(manifest({}, { if: long })))[0]?.message;
    expect(oneLine).toContain("steps[0].trigger.if is");
    expect(oneLine).toContain("expected a non-empty string of at most 4096 characters holding a GitHub expression");
    expect(oneLine).toContain("Shorten it to at most 4096 characters.");
    const multiLine = errors(await load(manifest({}, { if: long.replaceAll("|| ", "||\n") })))[0]?.message;
    expect(multiLine).toContain("Shorten it to at most 4096 characters.");
    expect(multiLine).not.toContain("control character");
  });

  it("a path over its limit is told 4096, and one with a newline is told paths are one line", async () => {
    const long = errors(await load(manifest({ script: `exec/${"a".repeat(4100)}.ts` })))[0]?.message;
    expect(long).toContain("expected a non-empty string of at most 4096 characters, not only spaces, with no character below U+0020 (tab, newline, NUL)");
    expect(long).toContain("Shorten it to at most 4096 characters.");
    const broken = errors(await load(manifest({ cwd: "a\nb" })))[0]?.message;
    expect(broken).toContain("Remove the control character U+000A (paths must be one printable line).");
    // The path pattern refuses C0 controls only: a long path with a NEL (U+0085) is too long, nothing else.
    const longWithNel = errors(await load(manifest({ script: `exec/\u0085${"a".repeat(4100)}.ts` })))[0]?.message;
    expect(longWithNel).toContain("Shorten it to at most 4096 characters.");
    expect(longWithNel).not.toContain("Remove the control character");
  });

  it("a name of spaces only is empty, and printable names in any script are fine", async () => {
    expect(errors(await load(manifest({ name: "   " })))[0]?.message).toContain('steps[0].name is "   "');
    const result = await load(manifest({ name: "régénérer les liaisons 🚀" }, { type: "upstream.release" }, "flow ü"));
    expect(result.problems).toEqual([]);
    expect(result.flow?.steps[0]?.name).toBe("régénérer les liaisons 🚀");
  });

  it("a trigger type with a newline is refused", async () => {
    const result = await load(manifest({}, { type: "push\n::error::x" }));
    expect(errors(result)[0]?.message).toContain("steps[0].trigger.type is");
    expect(errors(result)[0]?.line).toBe(10);
  });
});

describe("a required key written with a typo", () => {
  it("is missing, and the error says to rename the key that is there, at its line", async () => {
    const toml = ['name = "pkg"', "version = 1", "", "[[steps]]", 'nmae = "run"', 'runner = "bun"', 'scirpt = "exec/run.ts"', "", "[steps.trigger]", 'tpye = "push"', ""].join("\n");
    const result = await load(toml);
    expect(result.flow).toBeUndefined();
    expect(errors(result).map((p) => [p.line, p.message.replace(/; expected .*?\. /, ". ")])).toEqual([
      [5, 'steps[0].name is missing. Rename "nmae" to name.'],
      [7, 'steps[0].script is missing. Rename "scirpt" to script.'],
      [10, 'steps[0].trigger.type is missing. Rename "tpye" to type.'],
    ]);
    // One mistake, one message: the misspelt key is not warned about again as unknown.
    expect(result.problems.filter((p) => p.severity === "warning")).toEqual([]);
  });

  it("with nothing like it in its table, says to add it", async () => {
    const toml = ['name = "pkg"', "version = 1", "", "[[steps]]", 'name = "run"', 'runner = "bun"', 'path = "exec/run.ts"', ""].join("\n");
    const [problem] = errors(await load(toml));
    expect(problem?.message).toContain('steps[0].script is missing; expected a non-empty string');
    expect(problem?.message).toContain('Add script = "exec/step.ts".');
  });
});

describe("paths in flow.toml", () => {
  it("a script outside the package is refused at its line, with the resolved path", async () => {
    await writeFiles(join(repo.root, "repo"), { "x.ts": "" });
    const result = await load(manifest({ script: "../../x.ts" }));
    const [problem] = errors(result);
    expect(problem?.line).toBe(7);
    expect(problem?.message).toContain('steps[0].script "../../x.ts" resolves to');
    expect(problem?.message).toContain("outside the package folder");
  });

  it("a script whose name differs from the file's only in case names the file that is there", async () => {
    const result = await load(manifest({ script: "exec/Run.ts" }, { schema: "schemas/Push.json" }), { "schemas/push.json": "{}" });
    expect(errors(result).map((p) => [p.line, p.message])).toEqual([
      [
        7,
        `steps[0].script "exec/Run.ts" does not exist (looked for ${join(repo.root, PKG, "exec/Run.ts")}); expected a file. ` +
          `There is run.ts beside it: names are case-sensitive on Linux, where GitHub's runners run. Write "exec/run.ts".`,
      ],
      [11, expect.stringContaining('There is push.json beside it: names are case-sensitive on Linux, where GitHub\'s runners run. Write "schemas/push.json".')],
    ]);
  });

  it("a script or schema path with a typo, or the other extension, names the file that is there", async () => {
    const result = await load(manifest({ script: "exec/rnu.ts" }, { schema: "schemas/push.schema.js" }), { "schemas/push.schema.json": "{}" });
    expect(errors(result).map((p) => [p.line, p.message])).toEqual([
      [
        7,
        `steps[0].script "exec/rnu.ts" does not exist (looked for ${join(repo.root, PKG, "exec/rnu.ts")}); expected a file. ` +
          'There is run.ts beside it: did you mean "exec/run.ts"? Fix the path, or create the file.',
      ],
      [11, expect.stringContaining('There is push.schema.json beside it: did you mean "schemas/push.schema.json"?')],
    ]);
  });

  it("a missing script with nothing like it beside it says to create it", async () => {
    const [problem] = errors(await load(manifest({ script: "exec/deploy-everything.ts" })));
    expect(problem?.message).toContain("Create the file or fix the path (it is relative to the package folder).");
  });

  it("a script written with Windows separators is told to use /", async () => {
    const [problem] = errors(await load(manifest({ script: "exec\\run.ts" })));
    expect(problem?.message).toContain('Write it with / as the separator: "exec/run.ts"');
  });

  it("a script that is a symbolic link to a file outside the package is refused", async () => {
    await writeFiles(repo.root, { "elsewhere/x.ts": "" });
    await mkdir(join(repo.root, PKG, "exec"), { recursive: true });
    await symlink(join(repo.root, "elsewhere/x.ts"), join(repo.root, PKG, "exec/link.ts"));
    const result = await load(manifest({ script: "exec/link.ts" }));
    expect(errors(result)[0]?.message).toContain("is a symbolic link to");
  });

  it("a trigger schema outside the package is refused", async () => {
    await writeFiles(join(repo.root, "repo"), { "s.json": "{}" });
    const result = await load(manifest({}, { schema: "../../s.json" }));
    expect(errors(result)[0]?.message).toContain('steps[0].trigger.schema "../../s.json" resolves to');
    expect(errors(result)[0]?.line).toBe(11);
  });

  it('cwd = "../.." (the repository root) is allowed; one level more is not', async () => {
    const root = await load(manifest({ cwd: "../.." }));
    expect(root.problems).toEqual([]);
    expect(root.flow?.steps[0]?.cwdPath).toBe(join(repo.root, "repo"));
    const outside = await load(manifest({ cwd: "../../.." }));
    expect(errors(outside)[0]?.message).toContain("outside the repository");
    expect(errors(outside)[0]?.message).toContain("Point cwd at a folder inside the repository");
  });

  it.skipIf(process.platform === "win32")("a .git that is a symbolic link makes no repository root, whether it would narrow the repository or widen it", async () => {
    // Another repository's .git, linked from a folder that is no repository.
    await mkdir(join(repo.root, "other/.git"), { recursive: true });
    await mkdir(join(repo.root, "repo/flows"), { recursive: true });
    await symlink("../../other/.git", join(repo.root, "repo/flows/.git"));
    const narrowed = await load(manifest({ cwd: "../.." }));
    expect(narrowed.problems).toEqual([]);
    expect(narrowed.flow?.steps[0]?.cwdPath).toBe(join(repo.root, "repo"));
    // Outside any repository the bound is two levels up, not a folder whose .git is a link.
    await symlink("other/.git", join(repo.root, ".git"));
    const loose = "vendor/flows/pkg";
    await writeFiles(join(repo.root, loose), { "flow.toml": manifest({ cwd: "../../.." }), "exec/run.ts": "" });
    const widened = await loadFlowManifest(join(repo.root, loose, "flow.toml"));
    expect(widened.flow).toBeUndefined();
    expect(errors(widened).map((problem) => problem.message)).toEqual([
      `steps[0].cwd "../../.." resolves to ${repo.root}, outside the repository (${join(repo.root, "vendor")}). Point cwd at a folder inside the repository.`,
    ]);
  });

  it("a cwd that is a symbolic link out of the repository is refused", async () => {
    await mkdir(join(repo.root, "elsewhere"), { recursive: true });
    await mkdir(join(repo.root, PKG), { recursive: true });
    await symlink(join(repo.root, "elsewhere"), join(repo.root, PKG, "out"));
    const result = await load(manifest({ cwd: "out" }));
    expect(errors(result)[0]?.message).toContain('steps[0].cwd "out" is a symbolic link to');
  });

  it("a package folder that links outside the repository is refused", async () => {
    await writeFiles(join(repo.root, "outside/pkg"), { "flow.toml": manifest({}), "exec/run.ts": "" });
    await mkdir(join(repo.root, "repo/flows"), { recursive: true });
    await symlink(join(repo.root, "outside/pkg"), join(repo.root, "repo/flows/linked"));
    const result = await loadFlowManifest(join(repo.root, "repo/flows/linked/flow.toml"));
    expect(result.flow).toBeUndefined();
    expect(errors(result)[0]?.message).toContain("is a symbolic link to");
    expect(errors(result)[0]?.message).toContain("Copy the package into the repository");
  });
});

describe("a flow.toml that links out of the repository", () => {
  // Its text would reach messages: a TOML error quotes the line it is on, and the job's log,
  // summary and comment show them to whoever opened the pull request that added the link.
  it.each([
    ["a file elsewhere", "outside/flow.toml"],
    ["/proc/self/environ", "/proc/self/environ"],
  ])("is refused unread when it is %s, and never quotes it", async (_, target) => {
    await writeFiles(join(repo.root, "outside"), { "flow.toml": 'name = "x"\nversion = 1\nsecret = SECRET_FROM_OUTSIDE\n' });
    await writeFiles(join(repo.root, PKG), { "exec/run.ts": "" });
    await symlink(target.startsWith("/") ? target : join(repo.root, target), join(repo.root, PKG, "flow.toml"));
    process.env.FLOWS_TEST_SECRET = "SECRET_FROM_THE_ENVIRONMENT";
    try {
      for (const result of [await loadFlowManifest(join(repo.root, PKG, "flow.toml")), await discoverFlows({ repoRoot: join(repo.root, "repo") })]) {
        const text = JSON.stringify(result.problems);
        expect(text).not.toContain("SECRET_FROM");
        expect(result.problems).toHaveLength(1);
        expect(result.problems[0]).toMatchObject({ severity: "error", file: join(repo.root, PKG, "flow.toml") });
        expect(result.problems[0]?.message).toMatch(/^flow\.toml is a symbolic link to \S+, outside the repository \(.+\)\. Copy the manifest into the repository instead of linking to it\.$/);
      }
    } finally {
      delete process.env.FLOWS_TEST_SECRET;
    }
  });

  it("in a package folder that links out is not quoted either: the folder is refused first", async () => {
    await writeFiles(join(repo.root, "outside/pkg"), { "flow.toml": "secret = SECRET_FROM_OUTSIDE\n" });
    await mkdir(join(repo.root, "repo/flows"), { recursive: true });
    await symlink(join(repo.root, "outside/pkg"), join(repo.root, "repo/flows/linked"));
    const { problems } = await discoverFlows({ repoRoot: join(repo.root, "repo") });
    expect(JSON.stringify(problems)).not.toContain("SECRET_FROM");
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^the package folder .* is a symbolic link to .*Copy the package into the repository/)]);
  });

  it("is followed when it stays in the repository", async () => {
    await writeFiles(join(repo.root, "repo/shared"), { "flow.toml": manifest({}) });
    await writeFiles(join(repo.root, PKG), { "exec/run.ts": "" });
    await symlink("../../shared/flow.toml", join(repo.root, PKG, "flow.toml"));
    const result = await loadFlowManifest(join(repo.root, PKG, "flow.toml"));
    expect(result.problems).toEqual([]);
    expect(result.flow?.name).toBe("pkg");
  });
});

describe("the trigger's if key", () => {
  it("reaches the parsed trigger as written", async () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub expression syntax.
    const condition = "${{ startsWith(event.payload.ref, 'refs/tags/') }}";
    const result = await load(manifest({}, { if: condition }));
    expect(result.problems).toEqual([]);
    expect(result.flow?.steps[0]?.trigger?.if).toBe(condition);
  });

  it("must be a string", async () => {
    const result = await load(`${manifest({}, {})}if = true\n`);
    expect(errors(result)[0]?.message).toContain("steps[0].trigger.if is true (a boolean); expected a non-empty string");
  });
});

// A pull request may bring any files: what one package costs at load stays bounded, whatever
// its manifest (within its 512 KiB) points at.
describe("a hostile package's cost at load", () => {
  const steps = (count: number, step: (i: number) => string): string =>
    `name = "pkg"\nversion = 1\n${Array.from({ length: count }, (_, i) => `[[steps]]\nname="s${i}"\nrunner="bun"\n${step(i)}\n`).join("")}`;

  it("a trigger schema over the schema budget, named by 200 steps, is not read at load: compiling it says the limit", async () => {
    const schema = JSON.stringify({ enum: Array.from({ length: 800_000 }, (_, i) => `value-${i}`) });
    // Reading the 15 MB schema for each step took 52 s. The load's cost is computing (reading,
    // parsing), so its bound is this process's CPU time: 73 ms of wall clock alone took 832 ms
    // beside two busy loops and other test files.
    const { value: result, cpuMs } = await cpuTimed(() => load(steps(200, () => 'script = "exec/run.ts"\ntrigger = { type = "push", schema = "big.json" }'), { "big.json": schema }));
    expect(cpuMs).toBeLessThan(2_000);
    expect(result.problems).toEqual([]);
    expect(result.flow?.steps[199]?.trigger?.schemaPath).toBe(join(repo.root, PKG, "big.json"));
  });
});

describe("a script name Bun cannot run", () => {
  it.each([
    ["a?b.ts", "?", "query"],
    ["back\\slash.ts", "\\", "separator"],
  ])("%s is a warning at its line that says to rename it; the package still loads", async (script, char, why) => {
    const result = await load(manifest({ script }), { [script]: "" });
    expect(result.flow?.steps[0]?.script).toBe(script);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: "warning", line: 7, message: expect.stringContaining(`Rename the file (or its folder) without ${char}.`) }),
    ]);
    expect(result.problems[0]?.message).toContain(why);
    expect(result.problems[0]?.message).toContain('"Module not found"');
  });

  it("is what Bun itself refuses, for a file that is there", async () => {
    await writeFiles(join(repo.root, PKG), { "a?b.ts": 'console.log("ran")' });
    const bun = spawnSync(resolve("node_modules/.bin/bun"), [join(repo.root, PKG, "a?b.ts")], { encoding: "utf8" });
    expect(bun.stdout).not.toContain("ran");
    expect(bun.stderr).toContain("Module not found");
  });
});
