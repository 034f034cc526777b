// `flows watch --status` takes only what it reads (the watch configuration and the store): an
// option of a poll beside it is refused naming both; the command its text suggests carries the
// options typed that chose the store, so that pasted it acts on the same store. The poll asks a
// local fake of GitHub's API; the pasted command runs as a real `flows` process through a shell.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { watchCursorEventId } from "../../src/watch/index.js";
import { type CliRun, cliTestEnv, runCli } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");

beforeEach(async () => {
  repo = await tempRepo("flows-watch-status-");
  server = await startGitHubApiServer();
  await writeFlow(repo.dir, { name: "bindings", steps: [{ name: "regen", trigger: "upstream.release", source: rawStep("changed", "regenerated") }] });
  server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", createdAt: hoursAgo(50), publishedAt: hoursAgo(48) });
  server.github.releases.add("openai/codex", { tagName: "cli-v1.0.0", createdAt: hoursAgo(47), publishedAt: hoursAgo(46) });
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

/** `flows ARGV...` in this process, from the repository's parent folder (so --repo matters). */
function flows(...argv: string[]): Promise<CliRun> {
  return runCli(["--no-color", ...argv], cliTestEnv({ GITHUB_API_URL: server.url, GITHUB_TOKEN: "ghp_local" }));
}

describe("flows watch --status beside an option of a poll", () => {
  it.each([
    [["--dry-run"], "--status and --dry-run do not go together"],
    [["--max-requests", "5"], "--status and --max-requests do not go together"],
    [["--concurrency", "2"], "--status and --concurrency do not go together"],
    [["--bun", "/usr/bin/bun"], "--status and --bun do not go together"],
    [["--workspace-backend-url", "ws://x"], "--status and --workspace-backend-url do not go together"],
  ])("is refused naming both: %j", async (extra, said) => {
    const run = await flows("--repo", repo.dir, "watch", "--status", "--watch", "openai/codex", ...extra);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`flows: ${said}: --status shows what the watcher remembers (it asks GitHub nothing and runs nothing)`);
    expect(run.out).toBe("");
  });
});

describe("the command flows watch --status suggests", () => {
  it("carries --repo and --state-dir as typed, and pasted into a shell forgets that cursor in that store", async () => {
    const store = join(repo.dir, "elsewhere");
    for (const filter of ["tags=rust-v*", "tags=cli-v*"]) {
      const polled = await flows("--repo", repo.dir, "watch", "--once", "--watch", `openai/codex ${filter}`, "--state-dir", store);
      expect(polled.code, polled.err).toBe(0);
    }
    const status = await flows("--repo", repo.dir, "watch", "--status", "--watch", "openai/codex tags=rust-v*", "--state-dir", store);
    expect(status.code, status.err).toBe(0);
    const cursor = watchCursorEventId("openai/codex", "tags=cli-v*");
    const hint = /\(`(flows forget [^`]*)` drops it\):/.exec(status.out)?.[1];
    expect(hint).toBe(`flows forget ${cursor} --repo ${repo.dir} --state-dir ${store}`);

    // Pasted as printed, from another folder: the real `flows` (its launcher, on Bun) forgets the cursor in that store.
    const launcher = join(process.cwd(), "src", "cli", "launcher.js");
    const pasted = spawnSync("bash", ["-c", `flows() { "${launcher}" "$@"; }\n${hint}`], { cwd: "/", env: cliTestEnv(), encoding: "utf8" });
    expect(pasted.status, pasted.stderr).toBe(0);
    const after = await flows("--repo", repo.dir, "watch", "--status", "--watch", "openai/codex tags=rust-v*", "--state-dir", store);
    expect(after.out).not.toContain(cursor);
  });

  it("names a cursor by <cursor> when several are listed, with the options typed", async () => {
    for (const filter of ["tags=rust-v*", "tags=cli-v*"]) {
      expect((await flows("--repo", repo.dir, "watch", "--once", "--watch", `openai/codex ${filter}`)).code).toBe(0);
    }
    const status = await flows("--repo", repo.dir, "watch", "--status", "--watch", "oven-sh/bun", "--state", "file");
    expect(status.code, status.err).toBe(0);
    expect(status.out).toContain(`(\`flows forget <cursor> --repo ${repo.dir} --state file\` drops one):`);
  });
});
