// A repository whose flows/ was written by an attacker (a pull request) or by a confused new
// user, checked with real `flows validate` and `flows list` processes: each bad package costs
// bounded time and memory, is named with its file (and line) and what to change, and the good
// package beside it still loads. No stack trace, no "this is a bug", no hang.
import { spawnSync } from "node:child_process";
import { mkdir, rm, symlink, truncate } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { expectNoCrash, flowsProcess, GOOD_STEP, writePackage } from "./hostile-repo-helpers.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

/** A one-step manifest; `step` is added to the step's table, `trigger` to its trigger's. */
function manifest(name: string, options: { script?: string; step?: string; trigger?: string } = {}): string {
  return [
    `name = ${JSON.stringify(name)}`,
    "version = 1",
    "",
    "[[steps]]",
    'name = "s"',
    'runner = "bun"',
    `script = ${JSON.stringify(options.script ?? "exec/s.ts")}`,
    options.step ?? "",
    "",
    "[steps.trigger]",
    'type = "t"',
    options.trigger ?? "",
    "",
  ].join("\n");
}

/** A unix socket at `path`, left behind as a socket file (a server that exited without cleaning up). */
function makeSocketFile(path: string): void {
  const made = spawnSync("python3", ["-c", "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])", path]);
  if (made.status !== 0) throw new Error(`no socket made: ${made.stderr}`);
}

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-hostile-repo-");
  await writeFlow(repo.dir, { name: "good", steps: [{ name: "s", trigger: "t", source: GOOD_STEP }] });
});
afterEach(async () => {
  await repo.cleanup();
});

describe.skipIf(process.platform === "win32")("a hostile or broken flows/ beside a good package", () => {
  it("files that are no plain file, links out or in a loop, and huge or mis-encoded manifests: each package named, the good one still loads", async () => {
    const dir = repo.dir;
    // flow.toml that is not a plain file in the repository.
    await rm(join(await writePackage(dir, "toml-fifo", ""), "flow.toml"));
    spawnSync("mkfifo", [join(dir, "flows/toml-fifo/flow.toml")]);
    await rm(join(await writePackage(dir, "toml-zero", ""), "flow.toml"));
    await symlink("/dev/zero", join(dir, "flows/toml-zero/flow.toml"));
    await rm(join(await writePackage(dir, "toml-socket", ""), "flow.toml"));
    makeSocketFile(join(dir, "flows/toml-socket/flow.toml"));
    await rm(join(await writePackage(dir, "toml-out", ""), "flow.toml"));
    await symlink("/etc/passwd", join(dir, "flows/toml-out/flow.toml"));
    // A 200 MB manifest (sparse: made in no time), a manifest nested 100,000 tables deep, UTF-16, NUL.
    await truncate(join(await writePackage(dir, "toml-200mb", ""), "flow.toml"), 200 * 1024 * 1024);
    await writePackage(dir, "toml-deep", `name = "deep"\nversion = 1\nx = ${"{a=".repeat(100_000)}1${"}".repeat(100_000)}\n`);
    await writePackage(dir, "toml-utf16", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(manifest("utf16"), "utf16le")]));
    await writePackage(dir, "toml-nul", `name = "nul"\nversion = 1\n# a comment \0 with NUL\n`);
    // Scripts and schemas that are no plain file, or lead out of the package.
    await rm(join(await writePackage(dir, "script-fifo", manifest("script-fifo")), "exec/s.ts"));
    spawnSync("mkfifo", [join(dir, "flows/script-fifo/exec/s.ts")]);
    await rm(join(await writePackage(dir, "script-zero", manifest("script-zero")), "exec/s.ts"));
    await symlink("/dev/zero", join(dir, "flows/script-zero/exec/s.ts"));
    await rm(join(await writePackage(dir, "script-folder", manifest("script-folder")), "exec/s.ts"));
    await mkdir(join(dir, "flows/script-folder/exec/s.ts"));
    await writePackage(dir, "script-up", manifest("script-up", { script: "../good/exec/s.ts" }));
    await writePackage(dir, "script-abs", manifest("script-abs", { script: "/etc/passwd" }));
    const schemaStep = (name: string) => manifest(name, { trigger: 'schema = "schema.json"' });
    spawnSync("mkfifo", [join(await writePackage(dir, "schema-fifo", schemaStep("schema-fifo")), "schema.json")]);
    await symlink("/dev/zero", join(await writePackage(dir, "schema-zero", schemaStep("schema-zero")), "schema.json"));
    await symlink("schema.json", join(await writePackage(dir, "schema-loop", schemaStep("schema-loop")), "schema.json"));

    const validate = flowsProcess(dir, ["validate"]);
    expectNoCrash(validate);
    expect(validate.code).toBe(1);
    const said = (folder: string) => validate.err.split("\n").filter((line) => line.startsWith(`flows/${folder}/`)).join("\n");
    expect(said("toml-fifo")).toMatch(/^flows\/toml-fifo\/flow\.toml: error: flow\.toml is a FIFO \(named pipe\), not a plain file\. Replace it/);
    expect(said("toml-zero")).toMatch(/flow\.toml: error: flow\.toml is a character device, not a plain file/);
    expect(said("toml-socket")).toMatch(/flow\.toml: error: flow\.toml is a socket, not a plain file\. Replace it with the package's manifest/);
    expect(said("toml-out")).toMatch(/flow\.toml: error: flow\.toml is a symbolic link to \/etc\/passwd, outside the repository/);
    expect(validate.err).not.toMatch(/root:x:0/);
    expect(said("toml-200mb")).toMatch(/flow\.toml: error: flow\.toml is 200(\.0)? MiB; a flow\.toml may be at most 512 KiB/);
    expect(said("toml-deep")).toMatch(/flow\.toml:3:\d+: error: flow\.toml is not valid TOML: .*nested/);
    expect(said("toml-utf16")).toMatch(/flow\.toml:\d+:\d+: error: flow\.toml is not valid UTF-8.*Save it as UTF-8/);
    expect(said("toml-nul")).toMatch(/flow\.toml:3:\d+: error: flow\.toml is not valid TOML: control characters/);
    expect(said("script-fifo")).toMatch(/flow\.toml:7:1: error: steps\[0\]\.script "exec\/s\.ts" is not a regular file/);
    expect(said("script-zero")).toMatch(/flow\.toml:7:1: error: steps\[0\]\.script "exec\/s\.ts" is not a regular file/);
    expect(said("script-folder")).toMatch(/flow\.toml:7:1: error: steps\[0\]\.script "exec\/s\.ts" is a directory; expected a file/);
    expect(said("script-up")).toMatch(/flow\.toml:7:1: error: steps\[0\]\.script "\.\.\/good\/exec\/s\.ts" resolves to .*, outside the package folder/);
    expect(said("script-abs")).toMatch(/flow\.toml:7:1: error: steps\[0\]\.script is "\/etc\/passwd", an absolute path; expected a path relative to the package folder/);
    expect(said("schema-fifo")).toMatch(/flow\.toml:12:1: error: steps\[0\]\.trigger\.schema "schema\.json" is not a regular file/);
    expect(said("schema-zero")).toMatch(/flow\.toml:12:1: error: steps\[0\]\.trigger\.schema "schema\.json" is not a regular file/);
    expect(said("schema-loop")).toMatch(/flow\.toml:12:1: error: steps\[0\]\.trigger\.schema "schema\.json" is a symbolic link to "schema\.json", which leads back to itself/);

    const list = flowsProcess(dir, ["list"]);
    expectNoCrash(list);
    expect(list.out).toContain("good v1  flows/good\n  s  [bun] exec/s.ts  on t\n");
  });

  it("flows list shows a package folder's name escaped: a newline cannot start a workflow command, nor ESC colour the terminal", async () => {
    await writePackage(repo.dir, "evil\n::error::injected", manifest("evil-newline"));
    await writePackage(repo.dir, "evil\u001b[31mred", manifest("evil-escape"));
    const list = flowsProcess(repo.dir, ["list"]);
    expectNoCrash(list);
    expect(list.code).toBe(0);
    expect(list.out.split("\n").filter((line) => line.startsWith("::"))).toEqual([]);
    expect(list.out).not.toContain("\u001b");
    expect(list.out).toContain("evil-newline v1  flows/evil\\n::error::injected\n");
    expect(list.out).toContain("evil-escape v1  flows/evil\\u001b[31mred\n");
  });

  it("a script or schema written as a URL or from ~ is told that paths are files in the package, with one written as it should be", async () => {
    await writePackage(repo.dir, "url", manifest("url", { script: "https://example.com/step.ts" }));
    await writePackage(repo.dir, "npm", manifest("npm", { script: "npm:left-pad" }));
    await writePackage(repo.dir, "home", manifest("home", { script: "~/steps/step.ts" }));
    await writePackage(repo.dir, "schema-url", manifest("schema-url", { trigger: 'schema = "https://example.com/schema.json"' }));
    await writePackage(repo.dir, "cwd-home", manifest("cwd-home", { step: 'cwd = "~"' }));
    const validate = flowsProcess(repo.dir, ["validate"]);
    expectNoCrash(validate);
    const lines = validate.err.split("\n");
    const notUrl = "It is read as a path in the package, not a URL: nothing is downloaded. Put the file in the package folder and write its path, e.g.";
    expect(lines.find((line) => line.startsWith("flows/url/flow.toml:7:1: error:"))).toMatch(`${notUrl} "exec/step.ts".`);
    expect(lines.find((line) => line.startsWith("flows/npm/flow.toml:7:1: error:"))).toMatch(`${notUrl} "exec/step.ts".`);
    expect(lines.find((line) => line.startsWith("flows/schema-url/flow.toml:12:1: error:"))).toMatch(`${notUrl} "schemas/trigger.json".`);
    expect(lines.find((line) => line.startsWith("flows/home/flow.toml:7:1: error:"))).toMatch(
      '~ is not the home folder here: the path is relative to the package folder. Write it from there, e.g. "exec/step.ts".',
    );
    expect(lines.find((line) => line.startsWith("flows/cwd-home/flow.toml:8:1: error:"))).toMatch('e.g. "../.." (the repository root).');
    expect(flowsProcess(repo.dir, ["list"]).out).toContain("good v1  flows/good\n");
  });

  it("two packages of one name, and names that differ only in case: the first wins or both load, each said with its file", async () => {
    await writePackage(repo.dir, "a-one", manifest("twin"));
    await writePackage(repo.dir, "a-two", manifest("twin"));
    await writePackage(repo.dir, "b-upper", manifest("Deploy"));
    await writePackage(repo.dir, "b-lower", manifest("deploy"));
    const validate = flowsProcess(repo.dir, ["validate"]);
    expectNoCrash(validate);
    expect(validate.code).toBe(0);
    expect(validate.err).toMatch(/^flows\/a-two\/flow\.toml:1:1: warning: flow "twin" is also defined by .*flows\/a-one\/flow\.toml, which was found first/m);
    expect(validate.err).toMatch(/^flows\/b-upper\/flow\.toml:1:1: warning: flow name "Deploy" and flow name "deploy" \(flows\/b-lower\/flow\.toml:1\) differ only in letter case/m);
    const list = flowsProcess(repo.dir, ["list"]);
    expect(list.out).toContain("twin v1  flows/a-one\n");
    expect(list.out).not.toContain("flows/a-two");
    expect(list.out).toContain("Deploy v1  flows/b-upper\n");
    expect(list.out).toContain("deploy v1  flows/b-lower\n");
  });
});
