// The watcher's headline path through the shipped action: an upstream publishes a release, a
// scheduled run polls it, the matching flow's step runs, and its check run lands on the pull
// request the step names. The release's body is 125,000 characters of markdown and workflow
// commands: none of it starts a log line, and the check run shows it escaped.
import { describe, expect, it } from "vitest";
import { runDistAction } from "../helpers/run-action.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { startGitHubApiServer } from "../support/github-api/index.js";

const REPOSITORY = "octo-org/bindings";
const PR_HEAD = "e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5";
/** Markdown outside fenced code blocks (a fence closes at a line of at least as many backticks). */
function outsideFences(markdown: string): string {
  const kept: string[] = [];
  let fence = 0;
  for (const text of markdown.split("\n")) {
    const ticks = /^ {0,3}(`{3,})/.exec(text)?.[1]?.length ?? 0;
    if (fence === 0 && ticks > 0) fence = ticks;
    else if (fence > 0 && ticks >= fence && /^ {0,3}`+\s*$/.test(text)) fence = 0;
    else if (fence === 0) kept.push(text);
  }
  return kept.join("\n");
}

const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");

describe("a release of a watched upstream, through the action", () => {
  it("runs the flow's step and puts its check run on the pull request it names, with a hostile release body and name escaped everywhere", async () => {
    const server = await startGitHubApiServer();
    const repo = await tempRepo("flows-watch-headline-");
    try {
      server.github.pulls.add(REPOSITORY, { number: 31, headSha: PR_HEAD });
      // A step that passes the release's name and notes on, as a careless flow would.
      await writeFlow(repo.dir, {
        name: "codex-bindings",
        steps: [
          {
            name: "regenerate",
            trigger: "upstream.release",
            source: [
              "const { tag, name, body } = JSON.parse(await Bun.stdin.text()).flow.event.payload;",
              "console.log(body.slice(0, 2000));",
              'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "bindings for " + tag + " " + name + " " + body.slice(0, 3000), artifacts: { pullRequest: 31 } }));',
            ].join("\n"),
          },
        ],
      });
      const line = "::error file=x::pwned\n::add-mask::ghs\n%0A::warning::x\n<details><summary>x</summary>\n| a | b |\n@octocat #1 <!-- x --> [x](javascript:alert(1)) ```\n``````\n";
      const body = line.repeat(Math.ceil(125_000 / line.length)).slice(0, 125_000);
      server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", name: "::error::name\n| x |", body, createdAt: hoursAgo(50), publishedAt: hoursAgo(48) });

      const run = await runDistAction({
        workspace: repo.dir,
        eventName: "schedule",
        payload: { schedule: "17 * * * *" },
        inputs: { "github-token": "ghs_actiontoken", state: "file", watch: "openai/codex since=all", checks: "per-step", comment: "on-pr" },
        env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: "a".repeat(40) },
      });

      expect(run.code, run.stderr).toBe(0);
      // The step's own output is between stop-commands markers; nothing of the release starts a line outside them.
      const log = run.stdout.split("\n");
      const stop = log.findIndex((text) => text.startsWith("::stop-commands::"));
      const token = log[stop]?.slice("::stop-commands::".length);
      const resume = log.indexOf(`::${token}::`);
      expect(stop).toBeGreaterThan(0);
      expect(resume).toBeGreaterThan(stop);
      const outside = [...log.slice(0, stop), ...log.slice(resume + 1)];
      expect(outside.filter((text) => /^::(?:error|warning|add-mask::ghs$)/.test(text) || text.startsWith("%0A"))).toEqual([]);
      expect(run.stdout).toContain("openai/codex: 1 new release(s) — first poll (since all); new: rust-v1.0.0.");

      const checks = server.github.checkRuns.list(REPOSITORY);
      const name = "flows: codex-bindings/regenerate [github:upstream.release:openai/codex:rust-v1.0.0]";
      expect(checks.map((check) => [check.name, check.head_sha, check.conclusion])).toEqual([
        [name, "a".repeat(40), "success"],
        [name, PR_HEAD, "success"],
      ]);
      for (const check of checks) {
        expect(check.output?.title).not.toMatch(/[<>\n]/);
        expect(outsideFences(check.output?.summary ?? "")).not.toMatch(/<details>|<!--|[^\\]\]\(javascript:/);
        expect(check.output?.summary).toContain("&lt;details&gt;");
      }
      expect(run.summary).toContain("| `openai/codex` | ok | 1 | first poll (since all); new: rust-v1.0.0 |");
      expect(outsideFences(run.summary)).not.toMatch(/<details><summary>x<\/summary>|<!-- x -->|[^\\]\]\(javascript:/);
      server.assertNoViolations();
    } finally {
      await server.close();
      await repo.cleanup();
    }
  }, 180_000);
});
