import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { repoWithReleaseFlow, type FlowRepo } from "./helpers.js";
import { cliTestEnv } from "../helpers/cli.js";

// The action's code path (through `flows github`, in this process) on a schedule and by hand.

let server: GitHubApiServer;
let flows: FlowRepo;
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");

beforeEach(async () => {
  server = await startGitHubApiServer();
  flows = await repoWithReleaseFlow();
});
afterEach(async () => {
  await server.close();
});

async function action(eventName: string, inputs: Record<string, string>, runId: string) {
  const eventPath = join(flows.dir, `event-${runId}.json`);
  await writeFile(eventPath, JSON.stringify(eventName === "schedule" ? { schedule: "17 * * * *" } : { inputs: {} }));
  const all = { "github-token": "ghs_actiontoken", state: "file", watch: "openai/codex min-age=24h since=all", ...inputs };
  let summary = "";
  let stdout = "";
  const code = await main(
    ["--repo", flows.dir, "--no-color", "github", "--event-name", eventName, "--event-path", eventPath, ...Object.entries(all).flatMap(([name, value]) => ["--input", `${name}=${value}`])],
    {
      env: cliTestEnv({ GITHUB_API_URL: server.url, GITHUB_RUN_ID: runId, GITHUB_REPOSITORY: "octo-org/bindings" }),
      out: (text) => {
        summary += text;
      },
      err: (text) => {
        stdout += text;
      },
    },
  );
  return { code, summary, stdout, stderr: "" };
}

describe("the action's upstream-release summary and replays", () => {
  it("warns once, naming both times, when GitHub's Date header and the runner's clock disagree by hours, and holds the release by the runner's", async () => {
    server.github.releases.add("openai/codex", { tagName: "rust-v1.1.0", createdAt: hoursAgo(2), publishedAt: hoursAgo(20) });
    server.setDate(() => new Date(Date.now() + 5 * 3_600_000));
    const run = await action("schedule", {}, "1");
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const warnings = run.stdout.split("\n").filter((line) => line.startsWith("warning:") && line.includes("disagree"));
    expect(warnings, run.stdout).toHaveLength(1);
    expect(warnings[0]).toMatch(/GitHub's time and this runner's clock disagree by [45]h(?: \d+[ms])?: GitHub's answer for openai\/codex was dated 20\S+Z, the runner's clock said 20\S+Z\./);
    expect(run.summary).toMatch(/GitHub's time and this runner's clock disagree by [45]h/);
    // 25 hours old on GitHub's (wrong) clock, 20 on the runner's: held.
    expect(run.summary).toMatch(/pending: rust-v1\.1\.0 until 20\S+Z/);
    expect(await flows.runs()).toEqual([]);
  });

  it("lists a held release as pending with its eligible time, shows the watch status, then replays a release with an edited payload", async () => {
    server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", createdAt: hoursAgo(50), publishedAt: hoursAgo(48) });
    server.github.releases.add("openai/codex", { tagName: "rust-v1.1.0", createdAt: hoursAgo(2), publishedAt: hoursAgo(1) });

    const run = await action("schedule", {}, "1");
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toContain("### Upstream releases");
    expect(run.summary).toMatch(/\| `openai\/codex` \| ok \| 1 \| first poll \(since all\); new: rust-v1\.0\.0; pending: rust-v1\.1\.0 until 20\S+Z \|/);
    expect(run.summary).toMatch(/1 request\(s\) of 300 allowed, 0 answered 304 \(free\); rate limit left: \d+\./);
    expect(run.summary).toContain("#### Watch status");
    expect(run.summary).toMatch(/\| `openai\/codex` \| 20\S+ \S+Z \| 0m \| `rust-v1\.1\.0` eligible 20\S+ \S+Z \| `rust-v1\.0\.0` 20\S+ \S+Z \|/);
    expect(await flows.runs()).toEqual(["openai/codex rust-v1.0.0"]);

    const id = "github:upstream.release:openai/codex:rust-v1.0.0";
    const replay = await action("workflow_dispatch", { replay: id, event: '{"payload": {"tag": "rust-v1.0.1"}}' }, "2");
    expect(replay.code, replay.stdout + replay.stderr).toBe(0);
    expect(replay.stdout).toContain(`Replaying (edited) upstream.release → ${id}`);
    expect(await flows.runs()).toEqual(["openai/codex rust-v1.0.0", "openai/codex rust-v1.0.1"]);
    const { eventRecordPath } = await import("../../src/state/layout.js");
    const record = JSON.parse(await readFile(join(flows.dir, ".codex/flow-client", eventRecordPath(id)), "utf8"));
    expect(record.event.payload.tag).toBe("rust-v1.0.0");
    expect(record.runs[0].attempts.at(-1)).toMatchObject({ replay: true, edit: { changed: ["payload.tag"], payload: { tag: "rust-v1.0.1" } } });
    server.assertNoViolations();
  }, 60_000);

  it("reports the other repositories and the flow results when one repository's cursor was written by a newer flows-action", async () => {
    server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", createdAt: hoursAgo(50), publishedAt: hoursAgo(48) });
    server.github.releases.add("oven-sh/bun", { tagName: "bun-v1.0.0", createdAt: hoursAgo(50), publishedAt: hoursAgo(48) });
    const watch = "openai/codex\noven-sh/bun";
    expect((await action("schedule", { watch }, "1")).code).toBe(0);
    const { readdir } = await import("node:fs/promises");
    let newer = 0;
    for (const file of await readdir(join(flows.dir, ".codex/flow-client"), { recursive: true })) {
      const path = join(flows.dir, ".codex/flow-client", file);
      const text = file.endsWith(".json") ? await readFile(path, "utf8") : "";
      if (!text.includes("watch cursor of oven-sh/bun")) continue;
      await writeFile(path, text.replace(/"format":\s*1\b/, '"format": 99'));
      newer += 1;
    }
    expect(newer).toBe(1);
    server.github.releases.add("openai/codex", { tagName: "rust-v1.1.0", createdAt: hoursAgo(2), publishedAt: hoursAgo(1) });

    const run = await action("schedule", { watch }, "2");

    expect(run.code, run.stdout).toBe(0);
    expect(await flows.runs()).toEqual(["openai/codex rust-v1.0.0", "oven-sh/bun bun-v1.0.0", "openai/codex rust-v1.1.0"]);
    expect(run.summary).toContain("### Upstream releases");
    expect(run.summary).toMatch(/\| `oven-sh\/bun` \| error \| 0 \| polling oven-sh\/bun failed: the watch cursor of oven-sh\/bun in the file state store was written by a newer flows-action/);
    expect(run.summary).toMatch(/\| `oven-sh\/bun` \| unreadable: written by a newer flows-action \|/);
    expect(run.summary).toContain("rust-v1.1.0");
    server.assertNoViolations();
  }, 60_000);

  it("hands over each release to the workflow whose filter takes it when two workflows sharing the state store watch one upstream", async () => {
    server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", createdAt: hoursAgo(50), publishedAt: hoursAgo(48) });
    server.github.releases.add("openai/codex", { tagName: "cli-v1.0.0", createdAt: hoursAgo(49), publishedAt: hoursAgo(47) });
    const rust = await action("schedule", { watch: "openai/codex since=all tags=rust-v*" }, "1");
    expect(rust.code, rust.stdout).toBe(0);
    const cli = await action("schedule", { watch: "openai/codex since=all tags=cli-v*" }, "2");
    expect(cli.code, cli.stdout).toBe(0);
    // Each keeps its own cursor: the first watch's poll no longer marks cli-v1.0.0 seen for the second.
    expect(await flows.runs()).toEqual(["openai/codex rust-v1.0.0", "openai/codex cli-v1.0.0"]);
    expect(cli.stdout).not.toContain("another filter");
    // The status table's row (one per watch, so per cursor) names the tags its filter takes.
    expect(cli.summary).toMatch(/\| `openai\/codex` \| ok \| 1 \|/);
    expect(cli.summary).toMatch(/\| `openai\/codex` tags=cli-v\\\* \| 20/);
    server.github.releases.add("openai/codex", { tagName: "rust-v1.1.0", createdAt: hoursAgo(2), publishedAt: hoursAgo(1) });
    server.github.releases.add("openai/codex", { tagName: "cli-v1.1.0", createdAt: hoursAgo(2), publishedAt: hoursAgo(1) });
    expect((await action("schedule", { watch: "openai/codex tags=cli-v*" }, "3")).code).toBe(0);
    expect((await action("schedule", { watch: "openai/codex tags=rust-v*" }, "4")).code).toBe(0);
    expect((await flows.runs()).slice(2).sort()).toEqual(["openai/codex cli-v1.1.0", "openai/codex rust-v1.1.0"]);
    server.assertNoViolations();
  }, 120_000);
});
