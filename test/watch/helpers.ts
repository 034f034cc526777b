// Shared arrangements for the watch tests: the spec-checked GitHub fake, the action's own
// client pointed at it, release seeding on a fixed clock, and a real flow package whose Bun
// step appends each event it handles to a log file (so tests count actual runs).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import { type GitHubClient, createGitHubClient } from "../../src/github/client.js";
import { type ParseWatchInputOptions, parseWatchInput, type WatchConfig } from "../../src/watch/index.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

export const UPSTREAM = "openai/codex";
export const OTHER = "oven-sh/bun";

/** A fake GitHub for this test, closed (after checking the spec held) when it finishes. */
export async function githubServer(): Promise<GitHubApiServer> {
  const server = await startGitHubApiServer({ now: () => new Date("2025-06-01T00:00:00Z") });
  onTestFinished(() => server.close());
  return server;
}

/**
 * The client the action uses, against the fake. The client's own rate-limit waiting is turned
 * off (0 s) and 5xx retries too, so these tests see the watcher's own backoff and stay fast.
 */
export function clientFor(server: GitHubApiServer, log?: (message: string) => void): Promise<GitHubClient> {
  return createGitHubClient({
    token: "ghs_workflow_token",
    baseUrl: server.url,
    retries: 0,
    maxRateLimitWaitSeconds: 0,
    ...(log ? { log } : {}),
  });
}

/** A clock the test moves by hand, at `at(minute)`. */
export function clock(minute: number): { now: () => Date; set(minute: number): void } {
  let current = new Date(at(minute));
  return {
    now: () => current,
    set: (next) => {
      current = new Date(at(next));
    },
  };
}

/**
 * A clock the test moves by hand, shared by the runner (pass `time.now` as the poll's `now`) and
 * the fake GitHub (its `Date` header): the two agree, as they do on a runner whose clock is right.
 */
export function sharedClock(server: GitHubApiServer, minute: number): { now: () => Date; set(minute: number): void } {
  const time = clock(minute);
  server.setDate(time.now);
  return time;
}

/** `2025-01-01T00:00:00Z` plus `minutes`. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2025, 0, 1) + minutes * 60_000).toISOString().replace(".000Z", "Z");
}

export type SeedOptions = { minute: number; prerelease?: boolean; draft?: boolean; body?: string; createdMinute?: number };

/** A release published at `at(minute)`; its commit date (GitHub's list order) defaults to the same. */
export function seedRelease(server: GitHubApiServer, repo: string, tag: string, options: SeedOptions): number {
  const created = at(options.createdMinute ?? options.minute);
  return server.github.releases.add(repo, {
    tagName: tag,
    createdAt: created,
    publishedAt: options.draft ? null : at(options.minute),
    ...(options.prerelease ? { prerelease: true } : {}),
    ...(options.draft ? { draft: true } : {}),
    ...(options.body !== undefined ? { body: options.body } : {}),
  }).id;
}

export function watches(text: string, options?: ParseWatchInputOptions): WatchConfig[] {
  return parseWatchInput(text, options);
}

export function tags(events: readonly FlowEvent[]): string[] {
  return events.map((event) => (event.payload as { tag: string }).tag);
}

export const UPSTREAM_RELEASE_SCHEMA = {
  type: "object",
  required: ["repo", "tag"],
  properties: {
    provider: { type: "string" },
    repo: { type: "string" },
    tag: { type: "string" },
    url: { type: "string" },
    publishedAt: { type: "string" },
  },
};

export type FlowRepo = { dir: string; runLog: string; runs(): Promise<string[]> };

/** A temp repository with one flow whose Bun step logs `<repo> <tag>` for each run. */
export async function repoWithReleaseFlow(): Promise<FlowRepo> {
  const repo = await tempRepo("flows-watch-");
  onTestFinished(() => repo.cleanup());
  const runLog = join(repo.dir, "runs.log");
  await writeFlow(repo.dir, {
    name: "codex-bindings",
    steps: [
      {
        name: "regenerate",
        trigger: "upstream.release",
        schema: UPSTREAM_RELEASE_SCHEMA,
        source: [
          'import { appendFileSync } from "node:fs";',
          "const context = JSON.parse(await Bun.stdin.text());",
          "const { repo, tag } = context.flow.event.payload;",
          `appendFileSync(${JSON.stringify(runLog)}, \`\${repo} \${tag}\\n\`);`,
          'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "bindings for " + tag }));',
        ].join("\n"),
      },
    ],
  });
  return {
    dir: repo.dir,
    runLog,
    runs: async () => {
      const text = await readFile(runLog, "utf8").catch(() => "");
      return text.split("\n").filter(Boolean);
    },
  };
}
