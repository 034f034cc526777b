// First contact with `flows`: mistakes a new user makes get a message to act on, and the
// command never says "all valid" or "nothing matched" about something it did not find.
import { spawnSync } from "node:child_process";
import { cp, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CliRun, cliTestEnv, flowsIn, runCli } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-first-contact-");
});
afterEach(async () => {
  await repo.cleanup();
});

const flows = (...argv: string[]): Promise<CliRun> => flowsIn(repo.dir, ...argv);

/** `flows --repo REPO --no-color ARGV...` as a real process, on Bun as it ships. */
function flowsProcess(...argv: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(join("node_modules", ".bin", "bun"), [join("dist", "cli", "index.js"), "--repo", repo.dir, "--no-color", ...argv], { env: cliTestEnv(), encoding: "utf8" });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe("flows validate lists every problem in one pass", () => {
  it("reports a bad condition and a bad schema even when another field of the package is wrong", async () => {
    const root = await writeFlow(repo.dir, {
      name: "hello",
      steps: [
        { name: "a", trigger: "push", source: rawStep("completed"), timeoutMs: 0 },
        { name: "b", trigger: "push", source: rawStep("completed"), condition: "foo(", schema: { type: "objec" } },
      ],
    });
    // writeFlow leaves out a timeout of 0: put it in by hand.
    const { readFile } = await import("node:fs/promises");
    const manifest = await readFile(join(root, "flow.toml"), "utf8");
    await writeText(join(root, "flow.toml"), manifest.replace('script = "exec/a.ts"', 'script = "exec/a.ts"\ntimeout_ms = 0'));
    const { code, err } = await flows("validate");
    expect(code).toBe(1);
    expect(err).toMatch(/flow\.toml:\d+(:\d+)?: error: .*timeout_ms/);
    expect(err).toMatch(/flow\.toml:\d+(:\d+)?: error: steps\[1\]\.trigger\.if /);
    expect(err).toMatch(/schemas\/b\.schema\.json(:\d+)*: error: .*objec/);
    expect(err).toMatch(/3 errors in flow packages\./);
  });
});

describe("flows validate checks a condition even when its trigger's schema is broken", () => {
  it("reports the missing or non-JSON schema and the bad condition beside it, not one after the other", async () => {
    const root = await writeFlow(repo.dir, {
      name: "hello",
      steps: [
        { name: "a", trigger: "push", source: rawStep("completed"), condition: "github.ref = 'x'" },
        { name: "b", trigger: "push", source: rawStep("completed"), condition: "foo(" },
      ],
    });
    const { readFile } = await import("node:fs/promises");
    const manifest = await readFile(join(root, "flow.toml"), "utf8");
    const withSchemas = manifest
      .replace(`if = "github.ref = 'x'"`, `if = "github.ref = 'x'"\nschema = "schemas/missing.json"`)
      .replace('if = "foo("', 'if = "foo("\nschema = "schemas/b.json"');
    await writeText(join(root, "flow.toml"), withSchemas);
    await writeText(join(root, "schemas/b.json"), '{"type": "object",}');
    const { code, err } = await flows("validate");
    expect(code).toBe(1);
    expect(err).toMatch(/flow\.toml:\d+:\d+: error: steps\[0\]\.trigger\.schema "schemas\/missing\.json" does not exist/);
    expect(err).toMatch(/flow\.toml:\d+:\d+: error: steps\[0\]\.trigger\.if is not a valid expression/);
    expect(err).toMatch(/schemas\/b\.json:1:\d+: error: schema is not valid JSON/);
    expect(err).toMatch(/flow\.toml:\d+:\d+: error: steps\[1\]\.trigger\.if /);
    expect(err).toMatch(/4 errors in flow packages\./);
  });
});

describe("nothing found is never success", () => {
  it("run from inside a flow package, says so and names the repository to pass", async () => {
    const root = await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    const { code, out } = await flowsIn(root, "list");
    expect(code).toBe(0);
    expect(out).toContain(`${root} is itself a flow package (it holds flow.toml): run flows from the repository root, or pass --repo ${repo.dir}.`);
    // Under the other default root, .codex/flows, the repository is one folder further up.
    const codex = join(repo.dir, ".codex", "flows", "hello");
    await cp(root, codex, { recursive: true });
    expect((await flowsIn(codex, "list")).out).toContain(`or pass --repo ${repo.dir}.`);
  });

  it("a --repo folder that does not exist is a usage error, for validate and fire alike", async () => {
    for (const argv of [["validate"], ["fire", "--event", "event.json"]]) {
      const { code, err } = await runCli(["--repo", join(repo.dir, "nope"), ...argv], cliTestEnv());
      expect(code).toBe(2);
      expect(err).toContain(`there is no folder ${join(repo.dir, "nope")}`);
    }
  });

  it("fire and explain where there is no flow package say so, not only 'nothing matched'", async () => {
    const path = join(repo.dir, "event.json");
    await writeText(path, JSON.stringify({ id: "e-1", type: "t" }));
    for (const argv of [["fire", "--event", path, "--state", "none"], ["explain", "--event", path]]) {
      const { code, err } = await flows(...argv);
      expect(err, argv[0]).toBe(
        `warning: No flow.toml found under .codex/flows, flows (in ${repo.dir}). A flow package is a folder directly under a flow root holding flow.toml; use --repo or --flows-path to look elsewhere, or \`flows new <flow>\` to write one.\n`,
      );
      expect(code, argv[0]).toBe(0);
    }
  });

  it("where there is no flow package yet, list and validate (a real process) point at flows new", () => {
    const listed = flowsProcess("list");
    expect(listed.code).toBe(0);
    expect(listed.out).toContain("use --repo or --flows-path to look elsewhere, or `flows new <flow>` to write one.\n");
    const validated = flowsProcess("validate");
    expect(validated.code).toBe(1);
    expect(validated.err).toContain("or `flows new <flow>` to write one. Nothing was validated.");
  });

  it("validate with a --flows-path that does not exist warns about it and fails: nothing was validated", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    const { code, out, err } = await flows("validate", "--flows-path", "nope");
    expect(code).toBe(1);
    expect(out).not.toContain("all valid");
    expect(err).toContain('warning: flow root "nope" does not exist');
    expect(err).toContain("No flow.toml found under nope");
  });

  it("a package folder whose manifest is misnamed is warned about, and validate fails when it was the only one", async () => {
    await writeText(join(repo.dir, "flows/hello/flows.toml"), 'name = "hello"\nversion = 1\n');
    const { code, out, err } = await flows("validate");
    expect(code).toBe(1);
    expect(out).not.toContain("all valid");
    expect(err).toMatch(/flows\/hello: warning: folder holds no flow\.toml.*flows\.toml/);
    expect(err).toContain("No flow.toml found under .codex/flows, flows");
  });
});

describe("nothing on the command line is dropped", () => {
  it.each([
    [["forget", "try-1", "try-2"], 'unexpected argument "try-2": the usage is flows forget <event-id>.'],
    [["show", "a", "b"], 'unexpected argument "b": the usage is flows show <run-id|event-id>.'],
    [["validate", "foo"], 'unexpected argument "foo": the usage is flows validate, with options only.'],
    [["list", "extra"], 'unexpected argument "extra": the usage is flows list, with options only.'],
    [["run", "f", "s", "t", "--event", "e.json"], 'unexpected argument "t": the usage is flows run <flow> <step>.'],
    [["fire", "--event", "a.json", "--event", "b.json"], '--event is given twice ("a.json" and "b.json"); give it once.'],
    [["watch", "--status", "--once"], "--status and --once do not go together"],
    [["watch", "--status", "failed"], 'flows watch --status takes no value; got "failed".'],
    [["fire", "event.json"], 'unexpected argument "event.json": the usage is flows fire, with options only. Did you mean --event event.json?'],
    [["run", "f", "s", "event.json"], 'unexpected argument "event.json": the usage is flows run <flow> <step>. Did you mean --event event.json?'],
    [["explain", "event.json"], 'unexpected argument "event.json": the usage is flows explain, with options only. Did you mean --event event.json?'],
    [["github", "--event-name", "push", "push.json"], 'unexpected argument "push.json": the usage is flows github, with options only. Did you mean --event-path push.json?'],
    [["runs", "x.json"], 'unexpected argument "x.json": the usage is flows runs, with options only.\n'],
  ])("flows %j is a usage error naming what is extra", async (argv, message) => {
    const { code, out, err } = await flows(...argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(`flows: ${message}`);
  });

  it.each([
    [["github", "push", "push.json"], 'unexpected argument "push": the usage is flows github, with options only. Did you mean --event-name push --event-path push.json?'],
    [["github", "release"], 'unexpected argument "release": the usage is flows github, with options only. Did you mean --event-name release?'],
    [["fire", "-"], 'unexpected argument "-": the usage is flows fire, with options only. Did you mean --event -?'],
    [["fire", "my event.json"], "unexpected argument \"my event.json\": the usage is flows fire, with options only. Did you mean --event 'my event.json'?"],
    // One --event only: suggesting it twice would be another usage error.
    [["fire", "a.json", "b.json"], 'unexpected argument "a.json": the usage is flows fire, with options only. Did you mean --event a.json?'],
  ])("flows %j (a real process) says which options the words were meant for", (...[argv, message]) => {
    const { code, out, err } = flowsProcess(...argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`flows: ${message}\nRun \`flows ${argv[0]} --help\` for its options and examples.\n`);
  });

  it.each([
    [["fire", "--no-dry-run"], "Unknown option --no-dry-run. --dry-run is off unless it is given: leave --no-dry-run out."],
    [["list", "--no-json"], "Unknown option --no-json. --json is off unless it is given: leave --no-json out."],
    [["forget", "x", "--no-force"], "Unknown option --no-force. --force is off unless it is given: leave --no-force out."],
    [["list", "--no-debug"], "Unknown option --no-debug. Debug lines are off unless --debug, FLOWS_DEBUG=1 or RUNNER_DEBUG=1 turns them on: leave --debug out and unset those."],
  ])("flows %j (a real process) says a switch is off unless given, not to give the switch", (...[argv, message]) => {
    const { code, out, err } = flowsProcess(...argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`flows: ${message}\nRun \`flows ${argv[0]} --help\` for its options and examples.\n`);
  });

  it("the same option given twice with the same value is no mistake", async () => {
    const { code, err } = await flows("list", "--flows-path", "flows", "--flows-path", "flows");
    expect(err).not.toContain("given twice");
    expect(code).toBe(0);
  });
});

describe("each command's help describes its own options", () => {
  const optionLine = (help: string, option: string): string | undefined =>
    help.split("\n").find((line) => line.trimStart().startsWith(`${option} `) || line.trim() === option);

  it("runs --event takes an event id, github --event inline JSON, fire --event a file", async () => {
    expect(optionLine((await flows("runs", "--help")).out, "--event")).toMatch(/--event ID\s+only runs of this event id/);
    expect(optionLine((await flows("github", "--help")).out, "--event")).toMatch(/--event JSON\s+a FlowEvent as inline JSON/);
    expect(optionLine((await flows("fire", "--help")).out, "--event")).toMatch(/--event FILE\s+a FlowEvent as JSON \(fire, run, explain: - reads it from standard input\)$/);
  });

  it("watch --status takes no value; runs --status takes a status", async () => {
    const watch = optionLine((await flows("watch", "--help")).out, "--status");
    expect(watch).toMatch(/^\s+--status\s+show what the watcher remembers/);
    expect(watch).not.toContain("effective status");
    expect(optionLine((await flows("runs", "--help")).out, "--status")).toMatch(/--status S\s+only runs with this effective status/);
  });
});

describe("flows explain checks --event-name as flows github does", () => {
  it("an unknown event name is a usage error with a suggestion", async () => {
    await writeText(join(repo.dir, "push.json"), "{}");
    const { code, out, err } = await flows("explain", "--event", join(repo.dir, "push.json"), "--event-name", "pull-request");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain('flows: --event-name "pull-request" is not a GitHub event name. Did you mean "pull_request"?');
    expect(err).toContain("Run `flows explain --help`");
  });
});

describe("flows list with broken packages", () => {
  it("lists the problems and exits 1 instead of saying there are no packages", async () => {
    await writeText(join(repo.dir, "flows/one/flow.toml"), 'name = "one"\nversion = \n');
    const { code, out, err } = await flows("list");
    expect(code).toBe(1);
    expect(out).not.toMatch(/No flow/);
    expect(err).toMatch(/flows\/one\/flow\.toml:2(:\d+)?: error: /);
    expect(err).toContain("1 error in flow packages: no flow package could be loaded.");
    expect((await flows("list", "--json")).code).toBe(1);
  });

  it("does not call a package left out when it is listed: its step with a bad condition never matches", async () => {
    await writeFlow(repo.dir, { name: "one", steps: [{ name: "go", trigger: "t", condition: "payload.a == 1", source: rawStep("completed") }] });
    const { code, out, err } = await flows("list");
    expect(code).toBe(1);
    expect(out).toContain("one v1  flows/one");
    expect(err).toMatch(/flows\/one\/flow\.toml:\d+:\d+: error: steps\[0\]\.trigger\.if reads 'payload'/);
    expect(err).toContain("1 error in flow packages: the steps they name never match. `flows validate` checks them all.\n");
  });
});

describe("event files", () => {
  it("a GitHub webhook payload given to fire names the file and the command that reads it", async () => {
    const path = join(repo.dir, "release-published.json");
    await writeText(path, JSON.stringify({ action: "published", release: { tag_name: "v1" }, repository: { full_name: "o/r" }, sender: { login: "x" } }));
    const { code, err } = await flows("fire", "--event", path, "--state", "none");
    expect(code).toBe(1);
    expect(err).toContain(`${path}: A FlowEvent needs a non-empty string "id"; got nothing.`);
    expect(err).toContain(`It looks like a GitHub webhook payload, not a FlowEvent: run it with \`flows github --event-name release --event-path ${path}\``);
    expect(err).not.toMatch(/\n\s+at |this is a bug/i);
  });

  it("a FlowEvent given to github or explain --event-name is refused, naming the command that reads it", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    const path = join(repo.dir, "event.json");
    await writeText(path, JSON.stringify({ id: "try-1", type: "push", payload: { ref: "refs/heads/main" } }));
    for (const argv of [
      ["github", "--event-name", "push", "--event-path", path, "--state", "none"],
      ["explain", "--event", path, "--event-name", "push"],
    ]) {
      const { code, out, err } = await flows(...argv);
      expect(code, argv[0]).toBe(1);
      expect(err, argv[0]).toContain(`${path}: this is a FlowEvent (id "try-1", type "push"), not a GitHub webhook payload`);
      expect(err, argv[0]).toContain(`run it with \`flows fire --event ${path}\``);
      // Nothing was mapped as a webhook, and nothing ran.
      expect(`${out}${err}`, argv[0]).not.toMatch(/github:push:|hello\/go: completed|\n\s+at /);
    }
  });

  it("an empty event file is said to be empty, as empty standard input is, not as JSON that ended early", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    const path = join(repo.dir, "event.json");
    for (const [text, said] of [["", "is empty"], ["\n  \n", "is empty (only whitespace)"]] as const) {
      await writeText(path, text);
      for (const [argv, what] of [
        [["fire", "--event", path], "the event"],
        [["explain", "--event", path, "--event-name", "push"], "the event payload"],
        [["github", "--event-name", "push", "--event-path", path, "--state", "none"], "the event payload"],
      ] as const) {
        const run = flowsProcess(...argv);
        expect(run.code, argv[0]).toBe(1);
        const file = `${what === "the event" ? "The event" : "The event payload"} file ${path}`;
        expect(run.err, argv[0]).toBe(`flows: ${file} ${said}: it should hold ${what} as JSON.\n`);
      }
    }
  });

  it("an event file that starts with a UTF-8 byte order mark is read", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "t", source: rawStep("completed") }] });
    const path = join(repo.dir, "bom.json");
    await writeText(path, `\uFEFF${JSON.stringify({ id: "bom-1", type: "t" })}`);
    const { code, out, err } = await flows("fire", "--event", path, "--state", "none", "--dry-run");
    expect(err).not.toContain("not valid JSON");
    expect(code).toBe(0);
    expect(out).toContain("hello/go");
  });
});

describe("flows run names what is not there", () => {
  it("a flow that does not exist is said so, with the flows there are", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "greet", trigger: "t", source: rawStep("completed") }] });
    const path = join(repo.dir, "event.json");
    await writeText(path, JSON.stringify({ id: "e-1", type: "t" }));
    const missingFlow = await flows("run", "helo", "greet", "--event", path, "--state", "none");
    expect(missingFlow.code).toBe(1);
    expect(missingFlow.err).toContain('There is no flow named helo. Did you mean "hello"? The flows: hello.');
    expect(missingFlow.err).not.toContain("No step greet");
    const missingStep = await flows("run", "hello", "gret", "--event", path, "--state", "none");
    expect(missingStep.code).toBe(1);
    expect(missingStep.err).toContain('Flow hello has no step gret. Did you mean "greet"? Its steps: greet.');
  });
});

describe("flows show with an id cut short", () => {
  it("names the one stored id it begins (a real process), and says when several do", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "t", source: rawStep("completed") }] });
    const path = join(repo.dir, "event.json");
    await writeText(path, JSON.stringify({ id: "cut-event-1", type: "t" }));
    const fired = flowsProcess("fire", "--event", path, "--json");
    expect(fired.code, fired.err).toBe(0);
    const runId: string = JSON.parse(fired.out).runIds[0];
    const cut = flowsProcess("show", runId.slice(0, 10));
    expect(cut.code).toBe(1);
    expect(cut.err).toContain(`No event or run "${runId.slice(0, 10)}" in the file store at ${repo.dir}/.codex/flow-client. Did you mean \`flows show ${runId} --repo ${repo.dir}\`?`);
    expect(flowsProcess("show", "cut-ev").err).toContain("Did you mean `flows show cut-event-1");
    expect(flowsProcess("show", "run_").err).toContain('No event or run "run_" in the file store at');
    await writeText(path, JSON.stringify({ id: "cut-event-2", type: "t" }));
    expect(flowsProcess("fire", "--event", path).code).toBe(0);
    expect(flowsProcess("show", "cut-ev").err).toContain("Several stored ids start with it: give the whole id.");
  });
});

describe("flows run names a flow it could not load", () => {
  it("a flow whose package is broken is not called missing without saying that some packages could not be loaded", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "greet", trigger: "t", source: rawStep("completed") }] });
    await writeText(join(repo.dir, "flows/broken/flow.toml"), 'name = "broken"\nversion = 1\n[[steps]]\nname = "go"\nrunner = "node"\nscript = "x.ts"\n');
    const path = join(repo.dir, "event.json");
    await writeText(path, JSON.stringify({ id: "e-1", type: "t" }));
    const { code, err } = await flows("run", "broken", "go", "--event", path, "--state", "none");
    expect(code).toBe(1);
    expect(err).toContain(
      "There is no flow named broken. The flows: hello. Some flow packages could not be loaded, and broken may be one of them: fix the problems below.",
    );
    expect(err).toMatch(/flows\/broken\/flow\.toml:5(:\d+)?: error: steps\[0\]\.runner is "node"/);
  });
});

describe("commands that run steps take --concurrency, --bun and --workspace-backend-url, as the README says", () => {
  it("flows github hands --workspace-backend-url to its steps", async () => {
    const source = 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "url=" + process.env.CODEX_WORKSPACE_BACKEND_WS_URL }));';
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push", source }] });
    const path = join(repo.dir, "push.json");
    await writeText(path, JSON.stringify({ ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } }));
    const { code, out, err } = await flows("github", "--event-name", "push", "--event-path", path, "--state", "none", "--workspace-backend-url", "ws://127.0.0.1:9", "--json");
    expect(err).not.toContain("does not take");
    expect(code).toBe(0);
    expect(out).toContain("url=ws://127.0.0.1:9");
  });

  it("flows watch takes --bun and --workspace-backend-url", async () => {
    const { code, err } = await flows("watch", "--once", "--watch", "o/r", "--bun", "/x/bun", "--workspace-backend-url", "ws://x");
    expect(err).not.toContain("does not take");
    // No token in the test environment: the watch stops there, after the options were taken.
    expect(err).toContain("needs a GitHub token");
    expect(code).toBe(1);
  });

  it("every command the README says runs steps takes the three options", async () => {
    const { COMMANDS } = await import("../../src/cli/command-table.js");
    for (const name of ["fire", "run", "replay", "github", "watch"]) {
      const options = COMMANDS.find((command) => command.name === name)?.options ?? [];
      expect(options, name).toEqual(expect.arrayContaining(["concurrency", "bun", "workspace-backend-url"]));
    }
  });
});

describe("flows fire with a --flows-path that does not exist", () => {
  it("warns that nothing was loaded from it", async () => {
    const path = join(repo.dir, "event.json");
    await writeText(path, JSON.stringify({ id: "e-1", type: "t" }));
    const { err } = await flows("fire", "--event", path, "--state", "none", "--flows-path", "nope");
    expect(err).toContain('warning: flow root "nope" does not exist');
  });
});

describe("flows from a subfolder of the repository", () => {
  const BUN = join(process.cwd(), "node_modules", ".bin", "bun");
  const LAUNCHER = join(process.cwd(), "dist", "cli", "index.js");
  /** `flows ARGV` as a process started in `cwd` (no --repo), on Bun as it ships. */
  const flowsAt = (cwd: string, ...argv: string[]) => {
    const result = spawnSync(BUN, [LAUNCHER, "--no-color", ...argv], { cwd, env: cliTestEnv(), encoding: "utf8" });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it("finds the repository's flows, and its store, as git finds the repository", async () => {
    spawnSync("git", ["init", "-q", repo.dir]);
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "t", source: rawStep("completed") }] });
    await writeText(join(repo.dir, "event.json"), JSON.stringify({ id: "e-sub", type: "t" }));
    const sub = join(repo.dir, "src", "deep");
    await mkdir(sub, { recursive: true });
    expect(flowsAt(sub, "list").out).toContain("hello v1  flows/hello");
    const fired = flowsAt(sub, "fire", "--event", "../../event.json");
    expect(fired.out).toContain("✅ completed  hello/go");
    expect(fired.code).toBe(0);
    expect(JSON.parse((await flows("events", "--json")).out).map((event: { id: string }) => event.id)).toEqual(["e-sub"]);
    expect(flowsAt(sub, "events").out).toContain("e-sub");
  });

  it("looks no higher than the current folder outside a git repository", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "t", source: rawStep("completed") }] });
    const sub = join(repo.dir, "elsewhere");
    await mkdir(sub);
    expect(flowsAt(sub, "list").out).toContain(`No flow.toml found under .codex/flows, flows (in ${sub}).`);
  });
});

describe("flows from a folder that was removed after the shell entered it", () => {
  const BUN = join(process.cwd(), "node_modules", ".bin", "bun");
  const LAUNCHER = join(process.cwd(), "dist", "cli", "index.js");
  /** `cd GONE && rm -rf GONE && flows ARGV`, as after `git switch` to a branch without the folder. */
  const flowsInRemoved = (...argv: string[]) => {
    const gone = join(repo.dir, "gone");
    const quoted = argv.map((arg) => `'${arg}'`).join(" ");
    const result = spawnSync("sh", ["-c", `mkdir "${gone}" && cd "${gone}" && rm -rf "${gone}" && exec "${BUN}" "${LAUNCHER}" --no-color ${quoted} 2>&3`], {
      env: cliTestEnv(),
      encoding: "utf8",
      // The command's standard error on fd 3 (the shell's own getcwd complaint stays on 2).
      stdio: ["ignore", "pipe", "ignore", "pipe"],
    });
    return { code: result.status, out: result.stdout, err: String(result.output[3]) };
  };
  const MESSAGE =
    "The current folder no longer exists (it was removed or moved after this shell entered it), and flows takes --repo and file paths from it: `cd` into the repository again.";

  it("says so with exit 1, not a stack trace, and in --json as the error document", () => {
    const listed = flowsInRemoved("list");
    expect(listed.err).toBe(`${MESSAGE}\n`);
    expect(listed.code).toBe(1);
    const json = flowsInRemoved("list", "--json");
    expect(JSON.parse(json.out)).toEqual({ error: { kind: "failed", message: MESSAGE, exitCode: 1, command: "list" } });
  });

  it("says so with an absolute --repo too, rather than reading a relative event path from somewhere else", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "t", source: rawStep("completed") }] });
    const fired = flowsInRemoved("fire", "--repo", repo.dir, "--event", "event.json");
    expect(fired.err).toBe(`${MESSAGE}\n`);
    expect(fired.code).toBe(1);
  });
});
