// A cursor file of 12 MB whose 4 million releases seen are all damaged (`{}`), as many objects
// as the file store reads in one record: `flows watch --status` and a poll read it, keep what
// is still good, and go on. The cursor's validator once gathered every error (16 million here),
// and the poll ran out of memory (the process died: "JavaScript heap out of memory").
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { cliTestEnv } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;

beforeEach(async () => {
  repo = await tempRepo("flows-huge-cursor-");
  server = await startGitHubApiServer();
  await writeFlow(repo.dir, { name: "bindings", steps: [{ name: "regen", trigger: "upstream.release", source: rawStep("changed", "regenerated") }] });
  server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", createdAt: "2025-01-01T00:00:00Z", publishedAt: "2025-01-01T00:00:00Z" });
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

async function flows(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["--repo", repo.dir, "--no-color", ...argv], {
    env: cliTestEnv({ GITHUB_API_URL: server.url, GITHUB_TOKEN: "ghp_local" }),
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

describe("a cursor file of millions of damaged entries", () => {
  it("costs flows watch --status and a poll their time, not the process", async () => {
    expect((await flows("watch", "--once", "--watch", "openai/codex")).out).toContain("new: rust-v1.0.0");
    let edited = 0;
    for (const file of await readdir(join(repo.dir, ".codex/flow-client"), { recursive: true })) {
      const path = join(repo.dir, ".codex/flow-client", file);
      const text = file.endsWith(".json") ? await readFile(path, "utf8") : "";
      if (!/"watermark":/.test(text)) continue;
      const damaged = `"seen": [${"{},".repeat(4_000_000)}{}], "seenBefore":`;
      await writeFile(path, text.replace(/"seen":/, damaged));
      edited += 1;
    }
    expect(edited).toBe(1);

    const status = await flows("watch", "--status", "--watch", "openai/codex");
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/ {2}last dispatched {2}rust-v1\.0\.0 at 20/);
    const poll = await flows("watch", "--once", "--watch", "openai/codex");
    expect(poll.code).toBe(0);
    expect(poll.out).toContain("openai/codex: not-modified, 0 new");
    server.assertNoViolations();
  });
});
