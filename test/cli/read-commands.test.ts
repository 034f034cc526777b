// The read commands (`show`, `events`, `runs`, `list`, `validate`, anything with --dry-run) as a
// person at a terminal and a script meet them: --json carries outside text as it is (JSON escapes
// it; only the terminal's text is escaped), and a --state-dir that loops is named as given.
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

beforeAll(async () => {
  await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", "evt-run")));
});

describe("--json carries outside text as it is", () => {
  const hostile = "id-\u001b]0;title\u0007-\u202e-\u200f-end";

  it("the error document of `show` and `replay` holds the id given, not its terminal escape", async () => {
    for (const command of ["show", "replay"]) {
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
