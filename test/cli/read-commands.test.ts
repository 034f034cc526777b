// The read commands (`show`, `events`, `runs`, `list`, `validate`, anything with --dry-run) as a
// person at a terminal and a script meet them: --json carries outside text as it is (JSON escapes
// it; only the terminal's text is escaped), a --state-dir that loops is named as given, and a
// read changes nothing in the state folder, a damaged record included.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventRecordPath } from "../../src/state/index.js";
import { type CliRun, cliTestEnv, runCli } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempRepo("flows-read-commands-");
  await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "t", source: rawStep("completed") }] });
});
afterAll(async () => {
  await repo.cleanup();
});

const flows = (...argv: string[]): Promise<CliRun> => runCli(["--repo", repo.dir, "--no-color", ...argv], cliTestEnv());

/** Every file under `dir` with its time and a hash of its bytes, and every folder: what a read must leave as it was. */
async function snapshot(dir: string): Promise<string[]> {
  const seen: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        seen.push(`${path}/`);
        await walk(path);
      } else if (entry.isSymbolicLink()) {
        seen.push(`${path} -> link`);
      } else {
        const info = await stat(path);
        seen.push(`${path} ${info.mtimeMs} ${createHash("sha256").update(await readFile(path)).digest("hex")}`);
      }
    }
  };
  await walk(dir);
  return seen.sort();
}

beforeAll(async () => {
  await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", "evt-run")));
});

describe("--json carries outside text as it is", () => {
  const hostile = "id-\u001b]0;title\u0007-\u202e-\u200f-end";

  it("the error document of `show`, `replay` and `forget` holds the id given, not its terminal escape", async () => {
    for (const command of ["show", "replay", "forget"]) {
      const run = await flows("--json", "--state-dir", join(repo.dir, "empty-store"), command, "--", hostile);
      expect(run.code).toBe(1);
      const document = JSON.parse(run.out) as { error: { message: string } };
      expect(document.error.message, command).toContain(`"${hostile}"`);
      expect(document.error.message).not.toContain("\\u001b");
      // The terminal gets it escaped: no ESC, BEL or bidirectional control reaches it.
      expect(run.err).toContain("id-\\u001b]0;title\\u0007-\\u202e-\\u200f-end");
      expect(run.err).not.toMatch(/[\u0007\u001b\u202e\u200f]/);
    }
  });

  it("a usage error's document holds the word given; the terminal's line escapes it", async () => {
    const run = await flows("--json", "list", "a\u001b[2Jb\nc");
    expect(run.code).toBe(2);
    expect((JSON.parse(run.out) as { error: { message: string } }).error.message).toContain('"a\u001b[2Jb\nc"');
    expect(run.err).toContain('"a\\u001b[2Jb\\nc"');
  });

  it("`flows run` naming a step that is not there says the names as given", async () => {
    await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", "evt-run")));
    const run = await flows("--json", "run", "hello", "go\u001b[1m", "--event", join(repo.dir, "event.json"), "--state", "none");
    expect(run.code).toBe(1);
    expect((JSON.parse(run.out) as { error: { message: string } }).error.message).toContain("no step go\u001b[1m.");
    expect(run.err).toContain("no step go\\u001b[1m.");
  });
});

describe("a --state-dir that is a loop of symbolic links", () => {
  it("is named as given, with its loop, by every command that opens the store", async () => {
    const links = join(repo.dir, "links");
    await mkdir(links);
    await symlink("b", join(links, "a"));
    await symlink("a", join(links, "b"));
    for (const argv of [["runs"], ["events"], ["show", "x"], ["fire", "--event", join(repo.dir, "event.json")]]) {
      const run = await flows("--state-dir", join(links, "a"), ...argv);
      expect(run.code, argv[0]).toBe(1);
      expect(run.err).toContain(`The state folder ${join(links, "a")} (--state-dir) is a symbolic link that loops: ${join(links, "a")} -> ${join(links, "b")} -> ${join(links, "a")}.`);
      expect(run.err).toContain("Fix the links, or pass another folder as --state-dir.");
      // Not a folder under it, which is not where the loop is.
      expect(run.err).not.toContain(join(links, "a", "events"));
    }
    const under = await flows("--json", "--state-dir", join(links, "a", "state"), "runs");
    expect((JSON.parse(under.out) as { error: { message: string } }).error.message).toContain(
      `cannot be reached: ${join(links, "a")}, on its path, is a symbolic link that loops`,
    );
  });

  it("a link given that leads into a loop, and a link to nothing, are said as such", async () => {
    const links = join(repo.dir, "links2");
    await mkdir(links);
    await symlink("b", join(links, "a"));
    await symlink("a", join(links, "b"));
    await symlink("a", join(links, "into"));
    await symlink("nowhere", join(links, "dangling"));
    const into = await flows("--state-dir", join(links, "into"), "events");
    expect(into.err).toContain(`${join(links, "into")} (--state-dir) is a symbolic link that leads into a loop of links: ${join(links, "into")} -> ${join(links, "a")}`);
    const dangling = await flows("--state-dir", join(links, "dangling"), "fire", "--event", join(repo.dir, "event.json"));
    expect(dangling.code).toBe(1);
    expect(dangling.err).toContain(`is a symbolic link to ${join(links, "nowhere")}, which does not exist.`);
  });
});

describe("a read command changes nothing in the state folder", () => {
  it("a damaged record is reported with the command that sets it aside, and left as it is", async () => {
    const state = join(repo.dir, "read-state");
    for (const id of ["evt-good", "evt-damaged"]) {
      await writeFile(join(repo.dir, `${id}.json`), JSON.stringify(flowEvent("t", id)));
      expect((await flows("--state-dir", state, "fire", "--event", join(repo.dir, `${id}.json`))).code).toBe(0);
    }
    const damaged = join(state, ...eventRecordPath("evt-damaged").split("/"));
    await writeFile(damaged, '{"formatVersion": 1, "event": ');
    // The whole repository: the state folder, and nothing written beside it either.
    const before = await snapshot(repo.dir);
    const reads: Array<{ argv: string[]; code: number }> = [
      { argv: ["show", "evt-damaged"], code: 1 },
      { argv: ["show", "--json", "evt-damaged"], code: 1 },
      { argv: ["runs", "--event", "evt-damaged"], code: 1 },
      { argv: ["show", "evt-good"], code: 0 },
      { argv: ["show", "run_000000000000"], code: 1 },
      { argv: ["runs"], code: 0 },
      { argv: ["events", "--json"], code: 0 },
      { argv: ["fire", "--dry-run", "--event", join(repo.dir, "evt-damaged.json")], code: 0 },
      { argv: ["run", "hello", "go", "--dry-run", "--event", join(repo.dir, "evt-damaged.json")], code: 0 },
    ];
    const noStore = [["list"], ["validate"], ["explain", "--event", join(repo.dir, "evt-damaged.json")]];
    for (const { argv, code } of [...reads.map((read) => ({ ...read, argv: ["--state-dir", state, ...read.argv] })), ...noStore.map((argv) => ({ argv, code: 0 }))]) {
      const run = await flows(...argv);
      expect(run.code, `${argv.join(" ")}\n${run.err}`).toBe(code);
      expect(await snapshot(repo.dir), argv.join(" ")).toEqual(before);
    }
    const show = await flows("--state-dir", state, "show", "evt-damaged");
    expect(show.err).toContain(`The stored record of event "evt-damaged" (${damaged}) is damaged: not valid JSON`);
    expect(show.err).toContain("It is left as it is (flows show only reads, and changes nothing).");
    expect(show.err).toContain(`\`flows replay evt-damaged --repo ${repo.dir} --state-dir ${state}\` sets it aside (its bytes kept as ${damaged}.corrupt-<time>)`);
    // Said once, not again as a store problem.
    expect(show.err.split("is damaged").length).toBe(2);
    expect(show.err).not.toContain("skipped");
    const listing = await flows("--state-dir", state, "runs");
    expect(listing.err).toContain("skipped: not valid JSON");
    expect(listing.err).toContain(`these records are left as they are (this command only reads); each is set aside, its bytes kept beside it, when its event is next dispatched or replayed (\`flows replay <event-id> --repo ${repo.dir} --state-dir ${state}\`).`);
    const dryRun = await flows("--state-dir", state, "fire", "--dry-run", "--event", join(repo.dir, "evt-damaged.json"));
    expect(dryRun.out).toContain("would-run=1");
    expect(dryRun.out).toContain("left as it is (flows fire only reads, and changes nothing)");

    // The command it names does set it aside, and says so.
    const replay = await flows("--state-dir", state, "replay", "evt-damaged");
    expect(replay.code).toBe(1);
    expect(replay.err).toContain('The stored record of event "evt-damaged" was damaged, so there is nothing to replay: it is set aside now');
    expect(replay.err).toContain(`moved aside to ${join("read-state", ...eventRecordPath("evt-damaged").split("/"))}.corrupt-`);
    expect(await snapshot(repo.dir)).not.toEqual(before);
  });
});
