// `flows new`: a new flow author's first package. What it writes validates and runs with real
// Bun as written, the commands it prints run as printed (in a shell), and it writes nothing over
// anything, nor anywhere outside the repository.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "smol-toml";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { typeCheckStep } from "../helpers/type-check-step.js";
import { validateCliError } from "../../src/generated/validators.js";
import { stepSource } from "../../src/cli/new-templates.js";
import { cliTestEnv } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");

// A git repository made once (`git init` and a .gitignore) and copied for each test: a git process a test fewer.
// No template (--template=): git's sample hooks made the copy cost more CPU than the process it saves.
let template: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  template = await tempRepo("flows-new-template-");
  spawnSync("git", ["init", "-q", "--template=", template.dir]);
  // As the README asks: the CLI's state is no part of the repository (else flows new says so).
  await writeFile(join(template.dir, ".gitignore"), ".codex/flow-client/\n");
});
afterAll(async () => {
  await template.cleanup();
});

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-new-");
  cpSync(template.dir, repo.dir, { recursive: true });
});
afterEach(async () => {
  await repo.cleanup();
});

type Run = { code: number | null; out: string; err: string };

/** `flows ARGV...` as a real process on Bun as it ships, in `cwd` (default: the repository). */
function flows(argv: string[], cwd = repo.dir): Run {
  const child = spawnSync(BUN, [LAUNCHER, "--no-color", ...argv], { cwd, env: cliTestEnv(), encoding: "utf8" });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

/** A command line as printed, pasted into bash, where `flows` is the shipped CLI. */
function pasted(command: string, cwd = repo.dir): Run {
  const script = `flows() { "${BUN}" "${LAUNCHER}" --no-color "$@"; }\n${command}`;
  const child = spawnSync("bash", ["-c", script], { cwd, env: cliTestEnv(), encoding: "utf8" });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

/** Every file under the repository but .git and the CLI's state, relative: what a refusal must leave as it was. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((path) => !path.startsWith(".git/") && path !== ".gitignore" && !path.startsWith(".codex/flow-client"))
    .sort();
}

describe("flows new writes a package that works on the first try", () => {
  it.each([
    ["module", [] as string[], /export default defineFlow\(/],
    ["raw", ["--raw"], /FLOW_RESULT \$\{JSON\.stringify\(result\)\}/],
  ])("%s style: validates, and the printed commands fire it with real Bun, which reports its FLOW_RESULT", async (style, flag, source) => {
    const made = flows(["new", "release-notes", "--on", "release.published", ...flag]);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toContain("Created flow package flows/release-notes");
    expect(made.out).toContain("flows/release-notes/flow.toml");
    expect(made.out).toContain("flows/release-notes/exec/main.ts");
    const manifest = await readFile(join(repo.dir, "flows/release-notes/flow.toml"), "utf8");
    // Editors validate it: the schema line comes first, as the README shows it.
    expect(manifest.split("\n")[0]).toBe("#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json");
    expect(parse(manifest)).toMatchObject({ name: "release-notes", version: 1, steps: [{ name: "main", runner: "bun", script: "exec/main.ts", trigger: { type: "release.published" } }] });
    expect(await readFile(join(repo.dir, "flows/release-notes/exec/main.ts"), "utf8")).toMatch(source);

    const next = made.out.split("Next, from here:\n")[1]!.trim().split("\n").map((line) => line.trim());
    expect(next[0]).toBe("flows validate");
    expect(next.some((line) => line.endsWith("| flows fire --event -"))).toBe(true);
    const validate = pasted(next[0]!);
    expect(validate.code, validate.err).toBe(0);
    expect(validate.out).toContain("1 flow, 1 step: all valid.");
    expect(validate.err).toBe("");
    const explain = pasted(next.find((line) => line.includes("flows explain"))!);
    expect(explain.code, explain.err).toBe(0);
    expect(explain.out).toMatch(/^MATCH\s+release-notes\/main/m);
    const fire = pasted(`${next.find((line) => line.includes("flows fire"))!.replace("flows fire", "flows --json fire")}`);
    expect(fire.code, fire.err).toBe(0);
    const outcome = JSON.parse(fire.out);
    expect(outcome.matched).toBe(1);
    expect(outcome.runs[0]).toMatchObject({ flowName: "release-notes", stepName: "main", effectiveStatus: "completed", resultStatus: "completed" });
    expect(outcome.runs[0].resultPayload).toEqual({ status: "completed", message: "handled release.published event try:release-notes:1" });
    // The step read its context: the config's greeting and the event, printed to its log.
    expect(outcome.runs[0].output, style).toContain("Hello from release-notes/main: release.published event try:release-notes:1");
  });

  it("prints commands that paste as printed for a name and a type the shell would otherwise split or expand", async () => {
    const made = flows(["--json", "new", "Tom's flow", "--on", "deploy $HOME", "--step", "ship it"]);
    expect(made.code, made.err).toBe(0);
    const document = JSON.parse(made.out);
    expect(document.files).toEqual(["flows/Tom's flow/exec/ship it.ts", "flows/Tom's flow/flow.toml"]);
    const fire = pasted(document.next.find((line: string) => line.includes("flows fire")).replace("flows fire", "flows --json fire"));
    expect(fire.code, fire.err).toBe(0);
    expect(JSON.parse(fire.out).runs[0]).toMatchObject({ flowName: "Tom's flow", stepName: "ship it", effectiveStatus: "completed" });
    expect(JSON.parse(fire.out).event.type).toBe("deploy $HOME");
  });

  it("takes a wildcard type, and fires an event it matches: a GitHub action for release.*", async () => {
    const made = flows(["--json", "new", "any-release", "--on", "release.*"]);
    expect(made.code, made.err).toBe(0);
    const fire = JSON.parse(pasted(JSON.parse(made.out).next[2].replace("flows fire", "flows --json fire")).out);
    expect(fire.event.type).toBe("release.published");
    expect(fire.runs[0].effectiveStatus).toBe("completed");
  });

  it("prints `npx flows` when npm started it, since a dev dependency's flows is not on PATH, and those commands run", async () => {
    // What this machine's npm sets for `npm run` (`run` since npm 11, `run-script` before), beside npx's and older npm's.
    const npmProject = await mkdtemp(join(tmpdir(), "flows-npm-"));
    await writeFile(join(npmProject, "package.json"), '{"private":true}');
    const npmRun = spawnSync("npm", ["run", "--silent", "env"], { cwd: npmProject, encoding: "utf8" }).stdout.match(/^npm_command=(.*)$/m)?.[1];
    await rm(npmProject, { recursive: true, force: true });
    expect(npmRun).toBeDefined();
    let pastedLines: string[] | undefined;
    for (const npmCommand of new Set(["exec", "run-script", npmRun!])) {
      await import("node:fs/promises").then(({ rm }) => rm(join(repo.dir, "flows"), { recursive: true, force: true }));
      const child = spawnSync(BUN, [LAUNCHER, "--no-color", "--json", "new", "hello", "--on", "push"], { cwd: repo.dir, env: cliTestEnv({ npm_command: npmCommand }), encoding: "utf8" });
      expect(child.status, child.stderr).toBe(0);
      const next = JSON.parse(child.stdout).next as string[];
      expect(next[0]).toBe("npx flows validate");
      expect(next[2]).toMatch(/ \| npx flows fire --event -$/);
      // The same lines for each way npm starts it are pasted once: the shell runs them alike
      // (their environment has no npm_command), on the same package written again.
      if (pastedLines !== undefined) {
        expect(next, npmCommand).toEqual(pastedLines);
        continue;
      }
      pastedLines = next;
      for (const line of next) {
        // npx here is the shipped CLI, as `npx flows` finds the installed one.
        const run = pasted(`npx() { [ "$1" = flows ] || exit 99; shift; flows "$@"; }\n${line}`);
        expect(run.code, `${line}\n${run.err}`).toBe(0);
      }
    }
  });

  it("writes under the first --flows-path folder, and repeats --repo and --flows-path in the commands it prints", async () => {
    const elsewhere = join(repo.dir, "..", `${repo.dir.split("/").pop()}-cwd`);
    await mkdir(elsewhere);
    try {
      const made = flows(["--repo", repo.dir, "--flows-path", "automation/flows,flows", "--json", "new", "hello"], elsewhere);
      expect(made.code, made.err).toBe(0);
      expect(JSON.parse(made.out).package).toBe("automation/flows/hello");
      for (const line of JSON.parse(made.out).next as string[]) {
        expect(line).toContain(`--repo ${repo.dir} --flows-path automation/flows,flows`);
        const run = pasted(line, elsewhere);
        expect(run.code, `${line}\n${run.err}`).toBe(0);
      }
    } finally {
      await import("node:fs/promises").then(({ rm }) => rm(elsewhere, { recursive: true, force: true }));
    }
  });

  it("goes to the repository's top, where the action looks, when run from a subfolder of a repository with no flow root yet", async () => {
    const sub = join(repo.dir, "src", "deep");
    await mkdir(sub, { recursive: true });
    const made = flows(["new", "hello"], sub);
    expect(made.code, made.err).toBe(0);
    expect(existsSync(join(repo.dir, "flows/hello/flow.toml"))).toBe(true);
    expect(made.err).toContain("the package goes to the repository's top");
    expect(pasted("flows validate", sub).out).toContain("1 flow, 1 step: all valid.");
  });

  it("stays in a subfolder that has a flow root of its own, as the other commands do", async () => {
    const project = join(repo.dir, "packages", "app");
    await mkdir(join(project, "flows"), { recursive: true });
    const made = flows(["new", "hello"], project);
    expect(made.code, made.err).toBe(0);
    expect(existsSync(join(project, "flows/hello/flow.toml"))).toBe(true);
    expect(existsSync(join(repo.dir, "flows"))).toBe(false);
    expect(made.err).toBe("");
  });

  it("notes a type of the user's own FlowEvents, and refuses a near miss of a GitHub event with what to write (exit 2)", async () => {
    const own = flows(["--json", "new", "deployer", "--on", "deploy.requested"]);
    expect(own.code, own.err).toBe(0);
    expect(own.err).toContain('note: "deploy.requested" is no GitHub event type');
    expect(JSON.parse(own.out).notes).toEqual([expect.stringContaining("is no GitHub event type")]);
    const known = flows(["--json", "new", "on-push", "--on", "push"]);
    expect(JSON.parse(known.out).notes).toEqual([]);
    // A wildcard that matches GitHub's events is no type of the user's own: no such note.
    for (const [name, wildcard] of [["every", "*"], ["pulls", "pull_*"], ["opened", "*.opened"]] as const) {
      const matched = flows(["--json", "new", name, "--on", wildcard]);
      expect(matched.code, matched.err).toBe(0);
      expect(JSON.parse(matched.out).notes, wildcard).toEqual([]);
    }
    const ownWildcard = flows(["--json", "new", "deploys", "--on", "deploy.*"]);
    expect(JSON.parse(ownWildcard.out).notes).toEqual([expect.stringContaining('"deploy.*" is no GitHub event type')]);

    const cases: Array<[string, RegExp]> = [
      ["relase.published", /Did you mean "release\.published"\?/],
      ["pull_request.openned", /Did you mean "pull_request\.opened"\?/],
      ["release", /Write "release\.published" .* or "release\.\*" for every action/],
      ["pull-request.opened", /Did you mean "pull_request\.opened"\?/],
      [" push", /has spaces around it/],
    ];
    for (const [type, message] of cases) {
      const run = flows(["new", "typo", "--on", type]);
      expect(run.code, type).toBe(2);
      expect(run.err).toMatch(message);
      expect(run.err).toContain("Run `flows new --help`");
    }
    expect(existsSync(join(repo.dir, "flows/typo"))).toBe(false);
  });
});

describe("flows new and the CLI's state folder", () => {
  it("says to ignore .codex/flow-client/ in a git repository that does not, and nothing once it does", async () => {
    await writeFile(join(repo.dir, ".gitignore"), "node_modules/\n");
    const first = flows(["new", "first"]);
    expect(first.code, first.err).toBe(0);
    expect(first.err).toContain("note: flows fire keeps what it ran in .codex/flow-client/, which this repository does not ignore: add .codex/flow-client/ to .gitignore.");
    await writeFile(join(repo.dir, ".gitignore"), "node_modules/\n.codex/flow-client/\n");
    expect(flows(["new", "second"]).err).toBe("");
    // .gitignore stays the user's to write.
    expect(await readFile(join(repo.dir, ".gitignore"), "utf8")).toBe("node_modules/\n.codex/flow-client/\n");
  });
});

describe("flows new writes nothing over anything", () => {
  it("refuses an existing package (exit 1), leaving it as it was", async () => {
    expect(flows(["new", "hello"]).code).toBe(0);
    await writeFile(join(repo.dir, "flows/hello/exec/main.ts"), "// mine\n");
    const before = await filesIn(repo.dir);
    const again = flows(["new", "hello", "--raw"]);
    expect(again.code).toBe(1);
    expect(again.err).toContain("flows/hello already holds a flow package (flows/hello/flow.toml), and flows new writes nothing over it. Pick another flow name");
    expect(await readFile(join(repo.dir, "flows/hello/exec/main.ts"), "utf8")).toBe("// mine\n");
    expect(await filesIn(repo.dir)).toEqual(before);
  });

  it("refuses a step file already in the folder, writing no flow.toml beside it", async () => {
    await mkdir(join(repo.dir, "flows/half/exec"), { recursive: true });
    await writeFile(join(repo.dir, "flows/half/exec/build.ts"), "// mine\n");
    const run = flows(["new", "half", "--step", "build"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("flows/half/exec/build.ts already exists, and flows new writes no file over another");
    expect(existsSync(join(repo.dir, "flows/half/flow.toml"))).toBe(false);
    // Another step name in the same folder is fine.
    expect(flows(["new", "half", "--step", "other"]).code).toBe(0);
    expect(await readFile(join(repo.dir, "flows/half/exec/build.ts"), "utf8")).toBe("// mine\n");
  });

  it("refuses a name another package already has, in another folder or another case", async () => {
    await writeFlow(repo.dir, { name: "Release", root: ".codex/flows", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    for (const name of ["Release", "release"]) {
      const run = flows(["new", name]);
      expect(run.code, name).toBe(1);
      expect(run.err).toContain(".codex/flows/Release/flow.toml; flow names must be unique in a repository");
    }
    expect(existsSync(join(repo.dir, "flows"))).toBe(false);
  });
});

describe("flows new refuses names and folders that are not a package of this repository", () => {
  it.each([
    ["../x", /holds "\/", a path separator/],
    ["/abs", /holds "\/", a path separator/],
    ["a\\b", /holds "\\", a path separator/],
    ["..", /would name no folder of its own/],
    [".", /would name no folder of its own/],
    ["   ", /is not a valid name in flow\.toml/],
    ["tab\there", /is not a valid name in flow\.toml/],
    ["x".repeat(201), /is not a valid name in flow\.toml: a name is 1 to 200 characters/],
    [".hidden", /starts with "\."/],
    ["what?", /holds "\?"/],
    ["trailing.", /ends with "\."/],
    ["trailing ", /ends with " "/],
    ["a<b", /holds "<", which a file name cannot hold on Windows/],
    ['a"b', /holds """, which a file name cannot hold on Windows/],
    ["CON", /"CON" is the device name CON on Windows .*Use another name, e\.g\. "CON-flow"\./],
    ["con.ts", /"con\.ts" is the device name CON on Windows .*git cannot check out a repository holding it there\. Use another name, e\.g\. "con-flow\.ts"\./],
    ["Nul.", /is the device name NUL on Windows/],
    ["aux ", /is the device name AUX on Windows/],
    ["prn.tar.gz", /is the device name PRN on Windows/],
    ["com1", /is the device name COM1 on Windows/],
    ["LPT9", /is the device name LPT9 on Windows/],
  ])("refuses the flow name %j (exit 2), writing nothing", async (name, message) => {
    const run = flows(["--json", "new", "--", name]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    const document = JSON.parse(run.out);
    expect(validateCliError(document)).toBe(true);
    expect(document.error).toMatchObject({ kind: "usage", exitCode: 2, command: "new" });
    expect(await filesIn(repo.dir)).toEqual([]);
  });

  it("refuses a Windows device name as --step (exec/con.ts), suggesting one, and takes names that only start like one", async () => {
    const refused = flows(["new", "ok", "--step", "Con"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--step "Con" is the device name CON on Windows (in any case, and with any extension): it is the step\'s script file name (exec/<step>.ts)');
    expect(refused.err).toContain('Use another name, e.g. "Con-step".');
    expect(await filesIn(repo.dir)).toEqual([]);
    const made = flows(["new", "console", "--step", "com10"]);
    expect(made.code, made.err).toBe(0);
    expect(await filesIn(repo.dir)).toEqual(["flows/console/exec/com10.ts", "flows/console/flow.toml"]);
  });

  it("refuses the file names a shell put in place of an unquoted --on * (exit 2), saying to quote it, and writes nothing", async () => {
    // `flows new every --on *` where the folder holds README.md, or README.md and notes.txt.
    await writeFile(join(repo.dir, "README.md"), "# repo\n");
    const one = flows(["new", "every", "--on", "README.md"]);
    expect(one.code).toBe(2);
    expect(one.err).toContain(`flows: --on "README.md" is the name of a file here: if you wrote an unquoted * (every event type), your shell replaced it with the file names here; quote it: --on '*'.`);
    await writeFile(join(repo.dir, "notes.txt"), "");
    const two = flows(["new", "every", "--on", "README.md", "notes.txt"]);
    expect(two.code).toBe(2);
    expect(two.err).toContain(`unexpected argument "notes.txt": the usage is flows new <flow>. "notes.txt" is the name of a file here: if you wrote an unquoted * (every event type), your shell replaced it with the file names here; quote it: --on '*'.`);
    expect(await filesIn(repo.dir)).toEqual(["README.md", "notes.txt"]);
    // Quoted, as the message says: every event.
    const quoted = flows(["new", "every", "--on", "*"]);
    expect(quoted.code, quoted.err).toBe(0);
  });

  it("refuses a bad --step name, --module with --raw, and no name at all (exit 2)", async () => {
    expect(flows(["new", "ok", "--step", "../../escape"]).err).toMatch(/--step "\.\.\/\.\.\/escape" holds "\/"/);
    // Where a step's script goes is not --flows-path's to choose, so the fix names no such option.
    expect(flows(["new", "ok", "--step", "lib/build"]).err).toBe(
      'flows: --step "lib/build" holds "/", a path separator: it is the step\'s script file name (exec/<step>.ts), one name, not a path. Give a plain name like build (the script always goes in the package\'s exec/ folder).\n' +
        "Run `flows new --help` for its options and examples.\n",
    );
    // One run each, checked for its message and its exit code.
    const both = flows(["new", "ok", "--module", "--raw"]);
    expect(both.err).toContain("--module and --raw do not go together");
    const none = flows(["new"]);
    expect(none.err).toContain("The flow's name (flows new <flow>) is required.");
    for (const run of [both, none]) expect(run.code).toBe(2);
    for (const argv of [["new", "ok", "--step", "a/b"], ["new", "a", "b"]]) expect(flows(argv).code).toBe(2);
    expect(await filesIn(repo.dir)).toEqual([]);
  });

  it("refuses a --flows-path outside the repository (exit 2), and a flow root or package folder linked out of it (exit 1)", async () => {
    const outside = await tempRepo("flows-new-outside-");
    try {
      for (const root of ["../elsewhere", outside.dir]) {
        const run = flows(["new", "hello", "--flows-path", root]);
        expect(run.code, root).toBe(2);
        expect(run.err).toContain("is outside the repository");
      }
      await symlink(outside.dir, join(repo.dir, "linked"));
      const linkedRoot = flows(["--json", "new", "hello", "--flows-path", "linked"]);
      expect(linkedRoot.code).toBe(1);
      expect(linkedRoot.err).toContain(`linked is a symbolic link to ${outside.dir}, outside the repository`);
      expect(JSON.parse(linkedRoot.out).error).toMatchObject({ kind: "failed", exitCode: 1, command: "new" });
      await mkdir(join(repo.dir, "flows"));
      await symlink(outside.dir, join(repo.dir, "flows/hello"));
      const linkedPackage = flows(["new", "hello"]);
      expect(linkedPackage.code).toBe(1);
      expect(linkedPackage.err).toContain(`flows/hello is a symbolic link to ${outside.dir}, outside the repository`);
      await symlink(join(repo.dir, "gone"), join(repo.dir, "flows/dangling"));
      expect(flows(["new", "dangling"]).err).toContain("flows/dangling is a symbolic link to nothing");
      expect(await readdir(outside.dir)).toEqual([]);
    } finally {
      await outside.cleanup();
    }
  });
});

describe("flows new is found by the names other tools give it", () => {
  it.each(["init", "create", "scaffold", "generate"])("flows %s: Did you mean \"new\"?", (name) => {
    const run = flows([name, "hello"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`Unknown command "${name}". Did you mean "new"?`);
  });
});

describe("flows new --json", () => {
  it("prints what it wrote and the commands to try, as one document", async () => {
    const run = flows(["--json", "new", "hello", "--on", "push", "--step", "greet", "--raw"]);
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toEqual({
      flow: "hello",
      step: "greet",
      style: "raw",
      trigger: { type: "push" },
      package: "flows/hello",
      files: ["flows/hello/exec/greet.ts", "flows/hello/flow.toml"],
      notes: [],
      next: [
        "flows validate",
        `echo '{"id":"try:hello:1","type":"push","payload":{}}' | flows explain --event -`,
        `echo '{"id":"try:hello:1","type":"push","payload":{}}' | flows fire --event -`,
      ],
    });
  });

  it("prints an error document for a refusal", async () => {
    flows(["new", "hello"]);
    const run = flows(["--json", "new", "hello"]);
    expect(run.code).toBe(1);
    const document = JSON.parse(run.out);
    expect(validateCliError(document)).toBe(true);
    expect(document.error).toMatchObject({ kind: "failed", exitCode: 1, command: "new", message: expect.stringContaining("already holds a flow package") });
  });
});

describe("the module-style step flows new writes", () => {
  it("type-checks in strict TypeScript against flows-action/bun, as an editor checks it", async () => {
    expect(await typeCheckStep(stepSource("module"))).toEqual({ status: 0, stdout: "" });
  }, 300_000);
});
