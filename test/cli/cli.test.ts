import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { type CliRun, cliTestEnv, flowsIn, runCli, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-cli-");
});
afterEach(async () => {
  await repo.cleanup();
});

const flows = (...argv: string[]): Promise<CliRun> => flowsIn(repo.dir, ...argv);
const eventFile = (event: unknown): Promise<string> => writeEventFile(repo.dir, event);

describe("flows CLI", () => {
  it("lists flows with their steps and triggers", async () => {
    await writeFlow(repo.dir, { name: "alpha", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    const { code, out } = await flows("list");
    expect(code).toBe(0);
    expect(out).toContain("alpha v1  flows/alpha");
    expect(out).toContain("  go  [bun] exec/go.ts  on push");
  });

  it("validates and exits 1 listing every problem with file and line", async () => {
    await writeText(join(repo.dir, "flows/one/flow.toml"), 'name = "one"\nversion = 1\n[[steps]]\nname = "s"\nrunner = "node"\nscript = "x.ts"\n');
    await writeText(join(repo.dir, "flows/two/flow.toml"), 'name = "two"\nversion = \n');
    const { code, err } = await flows("validate");
    expect(code).toBe(1);
    expect(err).toMatch(/flows\/one\/flow\.toml:5(:\d+)?: error: .*runner/);
    expect(err).toMatch(/flows\/two\/flow\.toml:2(:\d+)?: error: /);
    expect(err).toMatch(/errors? in flow packages\./);
  });

  it("fire shows 500 characters of a long result message, cut after redaction", async () => {
    const token = `ghp_${"Q1w2E3r4T5y6".repeat(3)}`;
    const message = `${"x".repeat(490)}${token} ${"y ".repeat(100_000)}`;
    const source = `console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: ${JSON.stringify(message)} }));`;
    await writeFlow(repo.dir, { name: "long", steps: [{ name: "s", trigger: "push", source }] });
    const { code, out } = await flows("fire", "--event", await eventFile(flowEvent("push", "push-long")), "--state", "none");
    expect(code).toBe(0);
    const line = out.split("\n").find((each) => each.includes("long/s"));
    expect(line?.length).toBeLessThan(700);
    expect(line).toMatch(/… \(\d+ more characters: `flows show` has the whole message\)$/);
    expect(line).not.toMatch(/ghp|Q1w2/);
  });

  it("suggests commands as the user reaches flows: `npx flows ...` when npm ran it, else `flows ...`", async () => {
    await writeFlow(repo.dir, { name: "once", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    const event = await eventFile(flowEvent("push", "push-twice"));
    const args = ["--repo", repo.dir, "--no-color", "fire", "--event", event];
    expect((await runCli(args, cliTestEnv())).code).toBe(0);
    const npx = await runCli(args, cliTestEnv({ npm_command: "exec" }));
    expect(npx.err).toContain(`\`npx flows replay push-twice --repo ${repo.dir}\` runs its steps again.`);
    const plain = await runCli(args, cliTestEnv());
    expect(plain.err).toContain(`\`flows replay push-twice --repo ${repo.dir}\` runs its steps again.`);
    const forget = await runCli(["--repo", repo.dir, "forget", "no-such-event"], cliTestEnv({ npm_command: "run-script" }));
    expect(forget.err).toContain(`\`npx flows events --repo ${repo.dir}\` lists the stored events.`);
  });

  it("suggests `npx flows ...` when npm ran it in the hints built outside the command's context too: event files, refused options, usage", async () => {
    const npx = cliTestEnv({ npm_command: "exec" });
    const cli = (...argv: string[]): Promise<CliRun> => runCli(["--repo", repo.dir, "--no-color", ...argv], npx);
    const webhook = join(repo.dir, "release.json");
    await writeText(webhook, JSON.stringify({ action: "published", release: { tag_name: "v1" }, repository: { full_name: "o/r" }, sender: { login: "x" } }));
    const payloadAsEvent = await cli("fire", "--event", webhook, "--state", "none");
    expect(payloadAsEvent.err).toContain(`run it with \`npx flows github --event-name release --event-path ${webhook}\``);
    expect(payloadAsEvent.err).toContain(`\`npx flows explain --event ${webhook} --event-name release\``);
    const record = join(repo.dir, "delivery.json");
    const request = { headers: { "X-GitHub-Event": "release" }, payload: { action: "published", repository: { full_name: "o/r" } } };
    await writeText(record, JSON.stringify({ guid: "0b989ba4", event: "release", request }));
    const recordAsEvent = await cli("explain", "--event", record);
    expect(recordAsEvent.err).toContain(`\`npx flows github --event-name release --event-path ${record}\` (or see what would match with \`npx flows explain --event ${record} --event-name release\`)`);
    const event = await eventFile(flowEvent("push", "push-1"));
    const eventAsPayload = await cli("explain", "--event", event, "--event-name", "push");
    expect(eventAsPayload.err).toContain(`run it with \`npx flows fire --event ${event}\` (or see what would match with \`npx flows explain --event ${event}\``);
    const replay = await cli("fire", "--event", event, "--replay");
    expect(replay.err).toContain("use `npx flows replay <event-id>`.");
    expect(replay.err).toContain("Run `npx flows fire --help` for its options and examples.");
    expect((await runCli(["--json"], npx)).out).toContain("Run `npx flows help` for the commands.");
    for (const run of [payloadAsEvent, recordAsEvent, eventAsPayload, replay]) expect(run.err).not.toMatch(/(?<!npx )`flows /);
    // Without npm, as the user typed it.
    expect((await runCli(["--repo", repo.dir, "fire", "--event", event, "--replay"], cliTestEnv())).err).toContain("use `flows replay <event-id>`.");
  });

  it("fire exits 1 when a flow package cannot be loaded, even when nothing else matched", async () => {
    const root = await writeFlow(repo.dir, { name: "notes", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    await writeText(join(root, "flow.toml"), 'name = "notes"\nversion = 1\n[[steps]]\nname = "go"\nrunner = "bun"\nscript = "exec/typo.ts"\n[steps.trigger]\ntype = "push"\n');
    const { code, out, err } = await flows("fire", "--event", await eventFile(flowEvent("push", "push-1")), "--state", "none");
    expect(code).toBe(1);
    expect(out + err).toMatch(/flows\/notes\/flow\.toml:6(:\d+)?: error: .*exec\/typo\.ts/);
  });

  it("validates the whole corpus of broken packages without crashing, listing each with its file", async () => {
    const corpus = resolve("test/fixtures/flows");
    const cases = (await readdir(join(corpus, "broken"))).filter((name) => name !== "unknown-key");
    let err = "";
    const code = await main(["validate", "--repo", corpus, "--flows-path", "broken", "--no-color"], {
      env: cliTestEnv(),
      out: () => {},
      err: (text) => {
        err += text;
      },
    });
    expect(code).toBe(1);
    expect(err).not.toMatch(/\n\s+at /);
    for (const name of cases) expect(err, name).toMatch(new RegExp(`broken/${name}/[^:]+(:\\d+)*: error: `));
  });

  it("validates a clean repository with exit 0", async () => {
    await writeFlow(repo.dir, { name: "ok", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    const { code, out } = await flows("validate");
    expect(code).toBe(0);
    expect(out).toContain("1 flow, 1 step: all valid.");
  });

  it("fires an event, remembers it in the file store, and replays it on request", async () => {
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("changed", "did it") }] });
    const path = await eventFile(flowEvent("t", "evt-42"));
    const first = await flows("fire", "--event", path);
    expect(first.code).toBe(0);
    expect(first.out).toContain("✅ changed  f/s");
    const second = await flows("fire", "--event", path);
    expect(second.out).toContain("(already handled)");
    expect(second.err).toContain("flows replay evt-42");
    const events = await flows("events", "--json");
    expect(JSON.parse(events.out)).toMatchObject([{ id: "evt-42", type: "t", runs: 1, dispatchCount: 2 }]);
    const replay = await flows("replay", "evt-42");
    expect(replay.out).toContain("(replay)");
    const runs = JSON.parse((await flows("runs", "--json", "--event", "evt-42")).out);
    expect(runs[0].attempts).toHaveLength(2);
    const shown = await flows("show", runs[0].id);
    expect(shown.out).toContain("attempt 2");
  });

  it("replay says which stored steps did not run again when their flow package is gone", async () => {
    await writeFlow(repo.dir, { name: "kept", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    await writeFlow(repo.dir, { name: "gone", steps: [{ name: "a", trigger: "t", source: rawStep("completed") }, { name: "b", trigger: "t", source: rawStep("completed") }] });
    expect((await flows("fire", "--event", await eventFile(flowEvent("t", "evt-7")))).code).toBe(0);
    await rm(join(repo.dir, "flows/gone"), { recursive: true });
    const replay = await flows("replay", "evt-7");
    expect(replay.code).toBe(0);
    expect(replay.out).toContain("kept/s");
    expect(replay.err).toContain(
      "flows: 2 stored steps of the event did not run again, since no flow package's step of that name matches it now (removed, renamed, or its trigger changed): gone/a, gone/b. `flows show evt-7 --repo",
    );
    // Nothing said once every stored step runs again (the package put back).
    await writeFlow(repo.dir, { name: "gone", steps: [{ name: "a", trigger: "t", source: rawStep("completed") }, { name: "b", trigger: "t", source: rawStep("completed") }] });
    expect((await flows("replay", "evt-7")).err).not.toContain("did not run again");
  });

  it("filters runs by status and needs-attention", async () => {
    await writeFlow(repo.dir, {
      name: "f",
      steps: [
        { name: "ok", trigger: "t", source: rawStep("completed") },
        { name: "stuck", trigger: "t", source: rawStep("needs_intervention", "approve me") },
      ],
    });
    await flows("fire", "--event", await eventFile(flowEvent("t", "e1")));
    const attention = JSON.parse((await flows("runs", "--needs-attention", "--json")).out);
    expect(attention.map((run: { stepName: string }) => run.stepName)).toEqual(["stuck"]);
    const completed = JSON.parse((await flows("runs", "--status", "completed", "--json")).out);
    expect(completed.map((run: { stepName: string }) => run.stepName)).toEqual(["ok"]);
  });

  it("runs one named step and says why when it does not match", async () => {
    await writeFlow(repo.dir, {
      name: "f",
      steps: [
        { name: "a", trigger: "t", source: rawStep("completed", "a ran") },
        { name: "b", trigger: "other", source: rawStep("completed", "b ran") },
      ],
    });
    const path = await eventFile(flowEvent("t"));
    const ran = await flows("run", "f", "a", "--event", path, "--state", "none");
    expect(ran.out).toContain("a ran");
    expect(ran.out).not.toContain("b ran");
    const missed = await flows("run", "f", "b", "--event", path, "--state", "none");
    expect(missed.code).toBe(1);
    expect(missed.err).toContain('f/b does not match this event: trigger type "other" does not match event type "t"');
  });

  it("exits 1 when a step fails and explains an unreadable event file", async () => {
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: "process.exit(4)" }] });
    const failed = await flows("fire", "--event", await eventFile(flowEvent("t")), "--state", "none");
    expect(failed.code).toBe(1);
    expect(failed.out).toContain("exited with code 4");
    await writeFile(join(repo.dir, "broken.json"), '{"id": "x",\n  "type": }');
    const broken = await flows("fire", "--event", join(repo.dir, "broken.json"));
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/broken\.json:2:\d+: The event is not valid JSON/);
  });

  it("prints usage with exit 2 for an unknown command or a missing flag", async () => {
    expect((await flows("frobnicate")).code).toBe(2);
    const missing = await flows("fire");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("--event is required.");
    const negative = await flows("runs", "--limit", "-1");
    expect(negative.code).toBe(2);
    expect(negative.err).toContain('--limit must be a whole number of at least 1; got "-1".');
  });

  it("runs the action's code path with `flows github` on the bundled example", async () => {
    let out = "";
    let err = "";
    const example = resolve("examples/release-reaction");
    const code = await main(
      ["github", "--repo", example, "--event-name", "release", "--event-path", join(example, "release-published.json"), "--state", "none", "--no-color"],
      {
        env: cliTestEnv(),
        out: (text) => {
          out += text;
        },
        err: (text) => {
          err += text;
        },
      },
    );
    expect(code, err).toBe(0);
    expect(out).toContain("| release-notes | summarise | ✅ completed | New release: Codertocat/Hello-World 0.0.1 |");
    expect(out).toContain("event-id = github:release.published:Codertocat/Hello-World:0.0.1");
  });

  it("`flows github --state-dir` takes a relative folder from the current folder, as the other commands do", async () => {
    const example = resolve("examples/release-reaction");
    await writeEventFile(repo.dir, {});
    // Relative to the current folder, the repository (elsewhere) would resolve it to another place.
    const state = relative(process.cwd(), join(repo.dir, "state-here"));
    const args = ["github", "--repo", example, "--event-name", "release", "--event-path", join(example, "release-published.json"), "--state-dir", state];
    const { code, err } = await runCli(args, cliTestEnv());
    expect(code, err).toBe(0);
    expect((await readdir(join(repo.dir, "state-here"), { recursive: true })).some((name) => name.endsWith(".json"))).toBe(true);
    expect(existsSync(join(example, state))).toBe(false);
  });

  it("`flows github` on the bundled example a second time runs nothing, says why and how, and README's `--input replay=` runs it again", async () => {
    const example = resolve("examples/release-reaction");
    const readme = await readFile("README.md", "utf8");
    const replay = /`--input\s+(replay=\S+?)`/.exec(readme)?.[1];
    expect(replay).toBe("replay=github:release.published:Codertocat/Hello-World:0.0.1");
    const args = ["github", "--repo", example, "--event-name", "release", "--event-path", join(example, "release-published.json"), "--state-dir", join(repo.dir, "state"), "--no-color"];
    expect((await runCli(args, cliTestEnv())).code).toBe(0);
    const again = await runCli(args, cliTestEnv());
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain("matched = 0");
    expect(`${again.out}${again.err}`).toContain("The replay input set to github:release.published:Codertocat/Hello-World:0.0.1 runs it again.");
    const replayed = await runCli([...args, "--input", replay!], cliTestEnv());
    expect(replayed.code, replayed.err).toBe(0);
    expect(replayed.out).toContain("matched = 1");
  });

  it("`flows github` says a bad input value before anything runs, with exit 2 as for a misspelt input", async () => {
    const example = resolve("examples/release-reaction");
    const args = ["github", "--repo", example, "--event-name", "release", "--event-path", join(example, "release-published.json"), "--state", "none"];
    for (const [input, said] of [
      ["fail-on=bogus", 'Input "fail-on" has "bogus"'],
      ["checks=maybe", "checks"],
    ] as const) {
      const run = await runCli([...args, "--input", input], cliTestEnv());
      expect(run.code, input).toBe(2);
      expect(run.err, input).toContain(said);
      expect(run.out, input).not.toContain("Outputs:");
    }
  });

  it("`flows github` finds Bun as `flows fire` does (next to flows-action, --bun), not in a runner's tool cache", async () => {
    const example = resolve("examples/release-reaction");
    const args = ["github", "--repo", example, "--event-name", "release", "--event-path", join(example, "release-published.json"), "--state", "none", "--no-color"];
    // No bun on PATH, no RUNNER_TOOL_CACHE: the Bun installed next to flows-action runs the step.
    const env = { HOME: process.env.HOME, FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR, PATH: "/usr/bin:/bin" };
    const found = await runCli(args, env);
    expect(found.code, found.err).toBe(0);
    expect(found.out).toContain("| release-notes | summarise | ✅ completed |");
    expect(found.err).not.toMatch(/tool cache|RUNNER_TOOL_CACHE|::debug::/);
    const named = await runCli([...args, "--bun", "/nonexistent/bun"], env);
    expect(named.code).toBe(1);
    expect(named.out + named.err).toContain("The bun executable given with --bun is not an executable file: /nonexistent/bun.");
  });
});

describe("flows --bun and FLOWS_BUN", () => {
  it("take a relative path from the current folder, though steps start in their own folders", async () => {
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    const event = await eventFile(flowEvent("t", "evt-relative-bun"));
    const bun = relative(process.cwd(), resolve("node_modules/.bin/bun"));
    expect(bun).toMatch(/^[^/]/);
    const env = { HOME: process.env.HOME, FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR, PATH: "/usr/bin:/bin" };
    for (const [label, args, extra] of [
      ["--bun", ["--bun", bun], {}],
      ["FLOWS_BUN", [], { FLOWS_BUN: bun }],
    ] as const) {
      const { code, out, err } = await runCli(["fire", "--repo", repo.dir, "--no-color", "--event", event, "--state", "none", ...args], { ...env, ...extra });
      expect(out, label).toContain("✅ completed  f/s");
      expect(code, `${label}: ${err}`).toBe(0);
    }
  });
});

describe("flows --debug", () => {
  const withDebug = (env: Record<string, string>, ...argv: string[]): Promise<CliRun> =>
    runCli(["--repo", repo.dir, "--no-color", ...argv], { PATH: process.env.PATH, FLOWS_CACHE_DIR: join(repo.dir, ".cache"), ...env });

  it("says on standard error why each step matched or not and what the schema cache did; --json output stays JSON", async () => {
    // A schema no other test compiled: test files share their worker's modules (vitest.config.ts),
    // and one compiled before in this process is taken from memory, with no cache line to show.
    const schema = { type: "object", required: ["tag"], description: `flows --debug ${Date.now()} ${Math.random()}` };
    await writeFlow(repo.dir, { name: "rel", steps: [{ name: "go", trigger: "upstream.release", schema, source: rawStep("completed") }] });
    await writeFlow(repo.dir, { name: "other", steps: [{ name: "skip", trigger: "push", source: rawStep("completed") }] });
    const event = await eventFile(flowEvent("upstream.release", "evt-debug", { tag: "v1" }));
    for (const [label, env, flag] of [
      ["--debug", {}, ["--debug"]],
      ["FLOWS_DEBUG=1", { FLOWS_DEBUG: "1" }, []],
    ] as const) {
      const { code, out, err } = await withDebug(env, "fire", "--event", event, "--state", "none", "--json", ...flag);
      expect(code, label).toBe(0);
      expect(JSON.parse(out).matched, label).toBe(1);
      expect(err, label).toContain("debug: match evt-debug: rel/go matched (trigger type \"upstream.release\")");
      expect(err, label).toMatch(/debug: match evt-debug: other\/skip did not match/);
      // The first run compiles the schema (this process keeps it for the second).
      if (label === "--debug") expect(err, label).toMatch(/debug: schema cache (miss|hit|written)/);
    }
    const quiet = await withDebug({}, "fire", "--event", event, "--state", "none", "--json");
    expect(quiet.err).not.toContain("debug:");
  });

  it("flows github says the same with --debug and FLOWS_DEBUG=1, not only with RUNNER_DEBUG=1", async () => {
    await writeFlow(repo.dir, { name: "other", steps: [{ name: "skip", trigger: "release.published", source: rawStep("completed") }] });
    const payload = join(repo.dir, "push.json");
    await writeFile(payload, JSON.stringify({ ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } }));
    const args = ["github", "--event-name", "push", "--event-path", payload, "--state", "none"];
    for (const [label, env, flag] of [
      ["--debug", {}, ["--debug"]],
      ["FLOWS_DEBUG=1", { FLOWS_DEBUG: "1" }, []],
      ["RUNNER_DEBUG=1", { RUNNER_DEBUG: "1" }, []],
    ] as const) {
      const { code, err } = await withDebug(env, ...args, ...flag);
      expect(code, label).toBe(0);
      expect(err, label).toMatch(/^debug: match github:push:o\/r:\S+: other\/skip did not match: trigger type "release.published" does not match event type "push"$/m);
    }
    expect((await withDebug({}, ...args)).err).not.toContain("debug:");
  });
});
