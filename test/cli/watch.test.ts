import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-cli-watch-");
  server = await startGitHubApiServer();
  await writeFlow(repo.dir, { name: "bindings", steps: [{ name: "regen", trigger: "upstream.release", source: rawStep("changed", "regenerated") }] });
  server.github.releases.add("openai/codex", { tagName: "rust-v0.9.0", publishedAt: "2026-10-01T00:00:00Z" });
  server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", publishedAt: "2026-11-01T00:00:00Z" });
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

async function flows(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["--repo", repo.dir, "--no-color", ...argv], {
    env: cliTestEnv({ GITHUB_API_URL: server.url, ...env }),
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

describe("flows watch", () => {
  it("lists what would be dispatched with --dry-run, then dispatches it once", async () => {
    const dry = await flows({ GITHUB_TOKEN: "ghp_local" }, "watch", "--once", "--dry-run", "--watch", "openai/codex");
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain("would dispatch github:upstream.release:openai/codex:rust-v1.0.0");
    expect(dry.out).not.toContain("regenerated");

    const real = await flows({ GITHUB_TOKEN: "ghp_local" }, "watch", "--once", "--watch", "openai/codex");
    expect(real.out).toContain("✅ changed  bindings/regen");
    const again = await flows({ GITHUB_TOKEN: "ghp_local" }, "watch", "--once", "--watch", "openai/codex");
    expect(again.out).toContain("openai/codex: not-modified, 0 new");
    const events = await flows({}, "events", "--json");
    expect(JSON.parse(events.out).map((event: { id: string }) => event.id)).toEqual(["github:upstream.release:openai/codex:rust-v1.0.0"]);
    server.assertNoViolations();
  });

  it("counts validate's warnings about the steps the dispatched releases reached, as fire counts them", async () => {
    await writeFlow(repo.dir, {
      name: "bindings",
      steps: [{ name: "regen", trigger: "upstream.release", schema: { type: "object", require: ["tag"] }, source: rawStep("changed", "regenerated") }],
    });
    const polled = await flows({ GITHUB_TOKEN: "ghp_local" }, "watch", "--once", "--watch", "openai/codex");
    expect(polled.code, polled.err).toBe(0);
    expect(polled.err.split("\n").filter((line) => line.startsWith("warning:"))).toEqual([
      `warning: 1 warning about the steps these events reached (flows/bindings/schemas/regen.schema.json); run \`flows validate --repo ${repo.dir}\` to see it.`,
    ]);
    // Nothing dispatched (the release was handled): nothing reached, nothing said.
    const again = await flows({ GITHUB_TOKEN: "ghp_local" }, "watch", "--once", "--watch", "openai/codex");
    expect(again.err).not.toContain("warning:");
  });

  it("reads --config from the current folder, as --event and --state-dir, not from --repo", async () => {
    const config = join(repo.dir, "watch.toml");
    await writeFile(config, '[[watch]]\nrepo = "openai/codex"\n');
    // The repository is elsewhere (a folder deeper), so the path from there would name another file.
    const elsewhere = join(repo.dir, "checkout");
    await mkdir(elsewhere);
    const argv = ["--repo", elsewhere, "watch", "--status", "--json", "--config", relative(process.cwd(), config)];
    const status = await runCli(argv, cliTestEnv());
    expect(status.code, status.err).toBe(0);
    expect(JSON.parse(status.out).repositories.map((entry: { repo: string; origin: string }) => [entry.repo, entry.origin])).toEqual([["openai/codex", `${config}:1`]]);
  });

  it("names a mistake in --watch as --watch, not as the action's input, with a full stop before the options it lists (a real process)", () => {
    const child = spawnSync(join("node_modules", ".bin", "bun"), [join("dist", "cli", "index.js"), "--repo", repo.dir, "--no-color", "watch", "--status", "--watch", "foo\nopenai/codex zzz=1"], {
      env: cliTestEnv(),
      encoding: "utf8",
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('--watch:1: "foo" is not a GitHub repository name; write it as "owner/repo", e.g. "openai/codex"\n');
    expect(child.stderr).toContain('--watch:2: unknown option "zzz" for openai/codex. Options: prereleases=true|false');
    expect(child.stderr).not.toContain('input "watch"');
    const listed = spawnSync(join("node_modules", ".bin", "bun"), [join("dist", "cli", "index.js"), "--repo", repo.dir, "--no-color", "watch", "--status", "--watch", "openai/codex"], { env: cliTestEnv(), encoding: "utf8" });
    expect(listed.stdout).toContain("openai/codex — --watch line 1");
  });

  it("says where to get a token when there is none", async () => {
    const run = await flows({}, "watch", "--once", "--watch", "openai/codex");
    expect(run.code).toBe(1);
    expect(run.err).toContain("set GITHUB_TOKEN (or GH_TOKEN)");
  });
});
