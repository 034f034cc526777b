// #15 item 7: every wrong invocation gets its exact message and exit code (0 ok, 1 a step failed
// or a problem, 2 usage), every command has --help with examples.
import { execFileSync } from "node:child_process";
import { readFile, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/command-table.js";
import { main } from "../../src/cli/main.js";
import { SIGNAL_EXIT_CODES } from "../../src/cli/signals.js";
import { EXIT } from "../../src/cli/usage.js";
import { cliTestEnv } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-cli-manners-");
  await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", "evt-1")));
  await writeFile(join(repo.dir, "push.json"), JSON.stringify({ ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } }));
});
afterEach(async () => {
  await repo.cleanup();
});

async function flows(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv.map((arg) => arg.replace("$REPO", repo.dir)), {
    env: cliTestEnv(),
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

const KNOWN_STATUSES = "skipped, completed, changed, needs_intervention, blocked, failed, queued, running, canceled, interrupted";

describe("flows, called wrongly", () => {
  it.each([
    [["lst"], 'flows: Unknown command "lst". Did you mean "list"?\nRun `flows help` for the commands.\n'],
    [["help", "fier"], 'flows: Unknown command "fier". Did you mean "fire"?\nRun `flows help` for the commands.\n'],
    [["help", "fire", "extra"], 'flows: unexpected argument "extra": the usage is flows help [command].\nRun `flows help` for the commands.\n'],
    [["frobnicate"], 'flows: Unknown command "frobnicate".\nRun `flows help` for the commands.\n'],
    [["check"], 'flows: Unknown command "check". Did you mean "validate"?\nRun `flows help` for the commands.\n'],
    [["list", "--evnt", "x"], "flows: Unknown option --evnt. Did you mean --event?\nRun `flows list --help` for its options and examples.\n"],
    [["--frob"], "flows: Unknown option --frob.\nRun `flows help` for the commands.\n"],
    [["-x"], "flows: Unknown option -x.\nRun `flows help` for the commands.\n"],
    [["list", "--event", "x"], "flows: flows list does not take --event.\nRun `flows list --help` for its options and examples.\n"],
    [["list", "--json=yes"], "flows: --json takes no value.\nRun `flows list --help` for its options and examples.\n"],
    [["fire"], "flows: --event is required.\nRun `flows fire --help` for its options and examples.\n"],
    [["fire", "--event"], "flows: --event needs a value.\nRun `flows fire --help` for its options and examples.\n"],
    [["run", "f"], "flows: flows run needs a flow name and a step name: flows run <flow> <step> --event event.json\nRun `flows run --help` for its options and examples.\n"],
    [["fire", "--event", "x.json", "--concurrency", "0"], 'flows: --concurrency must be a whole number of at least 1; got "0".\nRun `flows fire --help` for its options and examples.\n'],
    [["events", "--limit", "many"], 'flows: --limit must be a whole number of at least 1; got "many".\nRun `flows events --help` for its options and examples.\n'],
    [["fire", "--event", "x.json", "--concurrency", "0x10"], 'flows: --concurrency must be a whole number of at least 1; got "0x10".\nRun `flows fire --help` for its options and examples.\n'],
    [["events", "--limit", "1e3"], 'flows: --limit must be a whole number of at least 1; got "1e3".\nRun `flows events --help` for its options and examples.\n'],
    [["events", "--state", "nope", "--repo", "$REPO"], 'flows: --state must be file, branch, artifact or none; got "nope". Did you mean "none"?\nRun `flows events --help` for its options and examples.\n'],
    [
      ["runs", "--status", "faild", "--repo", "$REPO"],
      `flows: --status "faild" is not a run status. Did you mean "failed"? Valid statuses: ${KNOWN_STATUSES}.\nRun \`flows runs --help\` for its options and examples.\n`,
    ],
    [
      ["github", "--event-name", "pull-request", "--event-path", "x.json"],
      'flows: --event-name "pull-request" is not a GitHub event name. Did you mean "pull_request"? Event names are the workflow trigger names: push, pull_request, release, issue_comment, ...\nRun `flows github --help` for its options and examples.\n',
    ],
    [["show"], "flows: a run id or event id is required.\nRun `flows show --help` for its options and examples.\n"],
    [
      ["watch"],
      "flows: flows watch polls once and exits: pass --once (schedule it with cron or a workflow for more), or --status to see what it remembers.\nRun `flows watch --help` for its options and examples.\n",
    ],
    [["watch", "--once", "--max-requests", "lots"], 'flows: --max-requests must be a whole number of at least 1; got "lots".\nRun `flows watch --help` for its options and examples.\n'],
    // A whole number too large to count exactly is said to be too large, with the largest accepted.
    [
      ["events", "--limit", "99999999999999999999"],
      'flows: --limit is too large: "99999999999999999999" is more than 9007199254740991, the largest accepted. Give a smaller number, or leave --limit out to list them all.\nRun `flows events --help` for its options and examples.\n',
    ],
    [
      ["fire", "--event", "x.json", "--concurrency", "99999999999999999999"],
      'flows: --concurrency is too large: "99999999999999999999" is more than 9007199254740991, the largest accepted. Give a smaller number, such as 16, the default.\nRun `flows fire --help` for its options and examples.\n',
    ],
    [
      ["watch", "--once", "--max-requests", "9007199254740992"],
      'flows: --max-requests is too large: "9007199254740992" is more than 9007199254740991, the largest accepted. Give a smaller number.\nRun `flows watch --help` for its options and examples.\n',
    ],
    // An empty value (`--state-dir=`, `--repo "$UNSET"`) would quietly mean the current folder, or no roots at all.
    [["list", "--repo="], "flows: --repo needs a value; it was given empty.\nRun `flows list --help` for its options and examples.\n"],
    // A URL is the state branch's repository (with --state branch): elsewhere it would quietly mean the current folder.
    [["list", "--repo", "https://github.com/o/r"], "flows: --repo https://github.com/o/r is a URL; give the repository's folder.\nRun `flows list --help` for its options and examples.\n"],
    [
      ["events", "--repo", "https://github.com/o/r"],
      "flows: --repo https://github.com/o/r is a URL; give the repository's folder; with --state branch, a URL reads that repository's state branch.\nRun `flows events --help` for its options and examples.\n",
    ],
    [
      ["github", "--event-name", "push", "--event-path", "x.json", "--state", "branch", "--repo", "git@github.com:o/r.git"],
      "flows: --repo git@github.com:o/r.git is a URL; give the repository's folder.\nRun `flows github --help` for its options and examples.\n",
    ],
    [["list", "--flows-path", ""], "flows: --flows-path needs a value; it was given empty.\nRun `flows list --help` for its options and examples.\n"],
    [
      ["fire", "--flows-path", " , ", "--event", "e.json"],
      "flows: --flows-path needs at least one folder, comma separated (e.g. --flows-path flows,.codex/flows).\nRun `flows fire --help` for its options and examples.\n",
    ],
    [["events", "--state-dir="], "flows: --state-dir needs a value; it was given empty.\nRun `flows events --help` for its options and examples.\n"],
    [["fire", "--event="], "flows: --event needs a value; it was given empty.\nRun `flows fire --help` for its options and examples.\n"],
    // The older runtime's runner took these; flows has no counterpart and says what to do instead.
    [
      ["run", "f", "s", "--event", "e.json", "--run-id", "run_1"],
      'flows: --run-id is an option of the older runtime\'s runner: flows derives each run\'s id from the event, flow and step (README, "Record format"), so a redelivered event is recognised; it takes no id from the caller. Leave --run-id out.\nRun `flows run --help` for its options and examples.\n',
    ],
    [
      ["run", "f", "s", "--event", "e.json", "--attempt-id=a1"],
      "flows: --attempt-id is an option of the older runtime's runner: flows numbers a run's attempts itself and gives each step its attempt id (runtime.attemptId, CODEX_FLOW_ATTEMPT_ID). Leave --attempt-id out.\nRun `flows run --help` for its options and examples.\n",
    ],
    [
      ["run", "f", "s", "--event", "e.json", "--replay"],
      "flows: --replay is an option of the older runtime's runner: to run a stored event's steps again, use `flows replay <event-id>`.\nRun `flows run --help` for its options and examples.\n",
    ],
  ])("flows %j exits 2 with one line saying what to change", async (argv, message) => {
    const { code, out, err } = await flows(...(argv as string[]));
    expect(err).toBe(message);
    // `--json=yes` asked for JSON: the error is also a JSON document there (test/cli/json-output.test.ts).
    if ((argv as string[]).includes("--json=yes")) expect(JSON.parse(out).error).toMatchObject({ kind: "usage", message: "--json takes no value." });
    else expect(out).toBe("");
    expect(code).toBe(2);
  });

  it("rejects --input fail-onn=none naming the action's inputs", async () => {
    const { code, err } = await flows("github", "--repo", repo.dir, "--event-name", "push", "--event-path", join(repo.dir, "push.json"), "--input", "fail-onn=none");
    expect(code).toBe(2);
    expect(err).toMatch(/^flows: --input fail-onn: the action has no input "fail-onn"\. Did you mean "fail-on"\? Its inputs: flows-path, github-token, concurrency, .*fail-on, .*\.\n/);
  });

  it("lists each fail-on status once when --input fail-on has a wrong one (exit 2: a command-line mistake)", async () => {
    const { code, err } = await flows("github", "--repo", repo.dir, "--event-name", "push", "--event-path", join(repo.dir, "push.json"), "--input", "fail-on=sometimes", "--state", "none");
    expect(code).toBe(2);
    expect(err).toContain(`Input "fail-on" has "sometimes"; expected a list of: ${KNOWN_STATUSES}, needs-attention, or none.`);
  });

  it("takes an action input given twice, or by a flag and --input, with two values as an option given twice: exit 2", async () => {
    const github = ["github", "--repo", repo.dir, "--event-name", "push", "--event-path", join(repo.dir, "push.json")];
    for (const [extra, message] of [
      [["--input", "fail-on=none", "--input", "fail-on=failed"], '--input fail-on is given twice ("none" and "failed"); give it once.'],
      [["--input", "state=none", "--state", "file"], '--state and --input state= set the same input ("file" and "none"); give one.'],
      [["--input", "concurrency=2", "--concurrency", "4"], '--concurrency and --input concurrency= set the same input ("4" and "2"); give one.'],
    ] as const) {
      const { code, out, err } = await flows(...github, ...extra);
      expect(err).toBe(`flows: ${message}\nRun \`flows github --help\` for its options and examples.\n`);
      expect(out).toBe("");
      expect(code).toBe(2);
    }
    const same = await flows(...github, "--input", "state=none", "--state", "none", "--input", "fail-on=none", "--input", "fail-on=none");
    expect(same.code, same.err).toBe(0);
  });

  it("exits 1 for a problem that is not the command line: an unreadable event file", async () => {
    const { code, err } = await flows("fire", "--repo", repo.dir, "--event", join(repo.dir, "missing.json"));
    expect(code).toBe(1);
    expect(err).toBe(`flows: The event file ${join(repo.dir, "missing.json")} does not exist.\n`);
  });

  // The old read took /dev/zero until the process ran out of memory (ENOMEM, after gigabytes).
  it.skipIf(process.platform === "win32")("reads an event file no further than 26 MiB, so /dev/zero is refused at once, for fire and explain (flows github refuses all but plain files)", async () => {
    for (const argv of [
      ["fire", "--event", "/dev/zero"],
      ["explain", "--event", "/dev/zero"],
      ["explain", "--event", "/dev/zero", "--event-name", "push"],
    ]) {
      const { code, err } = await flows("--repo", repo.dir, ...argv);
      expect(err, argv.join(" ")).toMatch(/^flows: The event (payload )?file \/dev\/zero is larger than 26 MiB; payloads may be at most 25 MiB \(GitHub's own cap on webhook payloads\)\. Give a smaller file\.\n$/);
      expect(code, argv.join(" ")).toBe(1);
    }
  });

  it("refuses a FIFO as flows github's event file at once, as the action does, instead of waiting for a writer", async () => {
    const fifo = join(repo.dir, "event.fifo");
    execFileSync("mkfifo", [fifo]);
    const { code, err } = await flows("--repo", repo.dir, "github", "--event-name", "push", "--event-path", fifo, "--state", "none");
    expect(err).toBe(
      `flows: The event payload file ${fifo} is a FIFO (named pipe), not a plain file; give the path of a JSON file, or pipe it in (\`gh api … | flows github --event-name push --event-path -\`).\n`,
    );
    expect(code).toBe(1);
  }, 10_000);

  it("refuses flows github's event file over GitHub's payload cap by its size, before reading it", async () => {
    const big = join(repo.dir, "big.json");
    await writeFile(big, "");
    await truncate(big, 26 * 1024 * 1024);
    const { code, err } = await flows("--repo", repo.dir, "github", "--event-name", "push", "--event-path", big, "--state", "none");
    // After `flows: `, as the same file over the cap is when the CLI reads it itself (above).
    expect(err).toMatch(new RegExp(`^flows: The GitHub event file ${big} \\(GITHUB_EVENT_PATH\\) is 26\\.0 MiB; payloads may be at most 25 MiB`));
    expect(code).toBe(1);
  });

  it("says an event path that is a folder is one, for fire, explain and github", async () => {
    for (const argv of [
      ["fire", "--event", repo.dir],
      ["explain", "--event", repo.dir],
      ["github", "--event-name", "push", "--event-path", repo.dir, "--state", "none"],
    ]) {
      const { code, err } = await flows("--repo", repo.dir, ...argv);
      expect(err, argv[0]).toMatch(new RegExp(`^flows: The event (payload )?file ${repo.dir} is a folder; give the path of a JSON file\\.\n$`));
      expect(code, argv[0]).toBe(1);
    }
  });
});

describe("flows help", () => {
  it("prints the command list for flows help and flows --help (exit 0), and to stderr with exit 2 for a bare flows", async () => {
    const help = await flows("help");
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.out).toContain(`  ${command.name}`);
    expect(help.out).toContain("Exit codes:");
    expect((await flows("--help")).out).toBe(help.out);
    const bare = await flows();
    expect(bare).toMatchObject({ code: 2, out: "", err: help.out });
  });

  it.each(COMMANDS.map((command) => [command.name]))("flows %s --help prints that command's usage, options and examples", async (name) => {
    const { code, out } = await flows(name, "--help");
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^flows ${name}\\b`));
    expect(out).toContain(`Usage: flows ${name}`);
    expect(out).toMatch(/Examples:\n {2}flows /);
    expect((await flows("help", name)).out).toBe(out);
  });

  it("flows list --help is the list command's help, not the global one", async () => {
    const { out } = await flows("list", "--help");
    expect(out).toContain("flows list — flow packages, their steps and triggers");
    expect(out).not.toContain("Commands:");
  });

  it("help and the README name every exit code flows returns, the signals' too", async () => {
    const help = (await flows("help")).out.split("Exit codes:\n")[1] ?? "";
    const readme = (await readFile("README.md", "utf8")).split("**Exit codes**")[1]?.split("\n\n")[0] ?? "";
    for (const code of [...Object.values(EXIT), ...Object.values(SIGNAL_EXIT_CODES)]) {
      expect(help, `help: ${code}`).toMatch(new RegExp(`^ {2}${code} |[^\\d]${code} by`, "m"));
      expect(readme, `README: ${code}`).toContain(`\`${code}\``);
    }
  });

  it("flows --version prints the package version", async () => {
    const { code, out } = await flows("--version");
    expect(code).toBe(0);
    expect(out).toMatch(/^flows \(flows-action\) \d+\.\d+\.\d+/);
  });
});

describe("flows events --type", () => {
  it("takes the same * wildcards as triggers", async () => {
    await writeFlow(repo.dir, {
      name: "f",
      steps: [
        { name: "pr", trigger: "pull_request.*", source: rawStep("completed") },
        { name: "push", trigger: "push", source: rawStep("completed") },
      ],
    });
    for (const [type, id] of [["pull_request.opened", "pr-1"], ["pull_request.closed", "pr-2"], ["push", "push-1"]] as const) {
      await writeFile(join(repo.dir, `${id}.json`), JSON.stringify(flowEvent(type, id)));
      expect((await flows("fire", "--repo", repo.dir, "--event", join(repo.dir, `${id}.json`))).code).toBe(0);
    }
    const ids = async (type: string) => JSON.parse((await flows("events", "--repo", repo.dir, "--type", type, "--json")).out).map((e: { id: string }) => e.id).sort();
    expect(await ids("pull_request.*")).toEqual(["pr-1", "pr-2"]);
    expect(await ids("*")).toEqual(["pr-1", "pr-2", "push-1"]);
    expect(await ids("push")).toEqual(["push-1"]);
  });
});
