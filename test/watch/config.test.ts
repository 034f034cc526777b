import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  loadWatchConfig,
  parseTagPattern,
  parseWatchInput,
  parseWatchToml,
  type WatchConfig,
  WatchConfigError,
} from "../../src/watch/index.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { cpuMsSince } from "../helpers/stalls.js";

function configError(run: () => unknown): WatchConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof WatchConfigError) return error;
    throw error;
  }
  throw new Error("expected a WatchConfigError");
}

const summary = (watch: WatchConfig) => ({
  repo: watch.repo,
  prereleases: watch.prereleases,
  tags: watch.tags.map((tag) => tag.source),
  since: watch.since,
  origin: watch.origin,
});

describe("the watch input", () => {
  it("reads one repository per line with options, comments and blank lines", () => {
    const parsed = parseWatchInput(
      [
        "openai/codex tags=rust-v* prereleases=true",
        "",
        "  # upstream runtimes",
        'oven-sh/bun since=2025-01-31 tags="/^bun-v1\\.\\d+ final$/"   # trailing comment',
        "octo-org/tool since=all prereleases=no",
      ].join("\n"),
    );
    expect(parsed.map(summary)).toEqual([
      { repo: "openai/codex", prereleases: true, tags: ["rust-v*"], since: { kind: "latest" }, origin: 'input "watch" line 1' },
      {
        repo: "oven-sh/bun",
        prereleases: false,
        tags: ["/^bun-v1\\.\\d+ final$/"],
        since: { kind: "date", date: "2025-01-31T00:00:00.000Z" },
        origin: 'input "watch" line 4',
      },
      { repo: "octo-org/tool", prereleases: false, tags: [], since: { kind: "all" }, origin: 'input "watch" line 5' },
    ]);
  });

  it("names the line and the fix for every bad entry", () => {
    const error = configError(() =>
      parseWatchInput(
        [
          "openai/codex prerelease=true",
          "https://github.com/openai/codex",
          "openai/codex oven-sh/bun",
          "octo/tool since=yesterday tags=/[/",
          "octo/other prereleases=maybe tags=",
          "octo/third tags=rust-v*,cli-v*",
        ].join("\n"),
      ),
    );
    expect(error.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [1, expect.stringContaining('unknown option "prerelease" for openai/codex; did you mean "prereleases"?')],
      [2, expect.stringContaining('write just "openai/codex"')],
      [3, expect.stringContaining("put each repository on a line of its own")],
      [4, expect.stringContaining('since is "yesterday"; use latest (default), all, or an ISO date')],
      [4, expect.stringContaining("/[/ is not a valid regular expression")],
      [5, 'prereleases is "maybe"; use true or false'],
      [5, expect.stringContaining('option "tags" for octo/other has no value')],
      [6, expect.stringContaining('"rust-v*,cli-v*" is one glob, comma included, so it matches only tags that hold a comma; give each pattern its own tags= (tags=rust-v* tags=cli-v*')],
    ]);
    expect(error.message.split("\n")[0]).toMatch(/^input "watch":1: unknown option/);
  });
});

describe("[[watch]] tables in .github/flows.toml", () => {
  it("reads repo, prereleases, tags (one or a list) and since (string or TOML date)", () => {
    const text = [
      "# other settings of the file are not ours",
      "[settings]",
      "anything = 1",
      "",
      "[[watch]]",
      'repo = "openai/codex"',
      'tags = ["rust-v*", "/^cli-v\\\\d+/"]',
      "since = 2025-02-01",
      "",
      "[[watch]]",
      'repo = "oven-sh/bun"',
      "prereleases = true",
      'since = "all"',
    ].join("\n");
    expect(parseWatchToml(text, ".github/flows.toml").map(summary)).toEqual([
      {
        repo: "openai/codex",
        prereleases: false,
        tags: ["rust-v*", "/^cli-v\\d+/"],
        since: { kind: "date", date: "2025-02-01T00:00:00.000Z" },
        origin: ".github/flows.toml:5",
      },
      { repo: "oven-sh/bun", prereleases: true, tags: [], since: { kind: "all" }, origin: ".github/flows.toml:10" },
    ]);
  });

  it("points at the file, line and column of each mistake", () => {
    const text = [
      "[[watch]]",
      'repo = "openai/codex"',
      'prerelease = true',
      "",
      "[[watch]]",
      "tags = 3",
      "",
      "[[watch]]",
      'repo = "octo/tool"',
      '  since = "soon"',
    ].join("\n");
    const error = configError(() => parseWatchToml(text, ".github/flows.toml"));
    expect(error.problems).toEqual([
      expect.objectContaining({ file: ".github/flows.toml", line: 3, column: 1, message: expect.stringContaining('did you mean "prereleases"') }),
      expect.objectContaining({ line: 5, message: expect.stringContaining('the repository is missing; write it as "owner/repo"') }),
      expect.objectContaining({ line: 10, column: 3, message: expect.stringContaining('since is "soon"') }),
    ]);
    expect(error.message).toContain(".github/flows.toml:3:1: unknown key");
  });

  it("ends the sentence before listing the keys when no key is close to an unknown one", () => {
    const error = configError(() => parseWatchToml('[[watch]]\nrepo = "octo/tool"\nzzz = 1\n', ".github/flows.toml"));
    expect(error.problems[0]?.message).toMatch(/^unknown key "zzz" in \[\[watch\]\]\. Keys: repo, prereleases=/);
    const input = configError(() => parseWatchInput("octo/tool zzz=1"));
    expect(input.problems[0]?.message).toMatch(/^unknown option "zzz" for octo\/tool\. Options: prereleases=/);
  });

  it("reports a TOML syntax error and a [watch] table written with single brackets", () => {
    const syntax = configError(() => parseWatchToml('[[watch]]\nrepo = "openai/codex\n', "flows.toml"));
    expect(syntax.problems[0]).toMatchObject({ file: "flows.toml", line: 2, message: expect.stringContaining("is not valid TOML") });
    // The same hint as flow.toml gets: what to write instead.
    expect(syntax.problems[0]?.message).toContain("The string is not closed on this line: add the closing quote.");
    const yaml = configError(() => parseWatchToml("[[watch]]\nrepo: openai/codex\n", "flows.toml"));
    expect(yaml.problems[0]?.message).toContain("TOML writes key = value, not key: value.");
    const single = configError(() => parseWatchToml('[watch]\nrepo = "openai/codex"\n', "flows.toml"));
    expect(single.problems[0]).toMatchObject({ line: 1, message: expect.stringContaining("[[watch]] table (two brackets)") });
  });
});

describe("loading the watch configuration", () => {
  it("combines the input and the config file, and refuses a repository listed in both", async () => {
    const repo = await tempRepo("flows-watch-config-");
    try {
      expect(await loadWatchConfig({ repoRoot: repo.dir, input: "openai/codex" })).toHaveLength(1);
      await mkdir(join(repo.dir, ".github"));
      await writeFile(join(repo.dir, ".github", "flows.toml"), '[[watch]]\nrepo = "oven-sh/bun"\n\n[[watch]]\nrepo = "OpenAI/Codex"\n');
      const combined = await loadWatchConfig({ repoRoot: repo.dir, input: "octo/tool" });
      expect(combined.map((watch) => watch.repo)).toEqual(["octo/tool", "oven-sh/bun", "OpenAI/Codex"]);
      await expect(loadWatchConfig({ repoRoot: repo.dir, input: "openai/codex tags=rust-v*" })).rejects.toThrow(
        'OpenAI/Codex is watched twice (input "watch" line 1 and .github/flows.toml:4)',
      );
      await expect(loadWatchConfig({ repoRoot: repo.dir, configFile: "missing.toml" })).rejects.toThrow(
        "missing.toml: does not exist. Check the path.",
      );
    } finally {
      await repo.cleanup();
    }
  });
});

describe("tag patterns", () => {
  // Tags are other people's text. JavaScript's engine took 2^n steps for /(a+)+$/ (seconds at 30
  // characters, hours at 60), and a glob's one regex backtracked polynomially on *a*a*a*a*b.
  it("match a crafted tag in linear time, with a /regex/ that backtracks and a glob of many stars", () => {
    const tag = `${"a".repeat(10_000)}!`;
    const cpu = process.cpuUsage();
    expect(parseTagPattern("/^(a+)+$/").regex.test(tag)).toBe(false);
    expect(parseTagPattern("*a*a*a*a*a*a*a*a*b").regex.test(tag)).toBe(false);
    expect(cpuMsSince(cpu)).toBeLessThan(2_000);
  });


  it("match whole tags with *, ? and [classes], or search with a /regex/", () => {
    const test = (pattern: string, tag: string) => parseTagPattern(pattern).regex.test(tag);
    expect(test("rust-v*", "rust-v0.1.0")).toBe(true);
    expect(test("rust-v*", "cli-rust-v0.1.0")).toBe(false);
    expect(test("v?.0", "v1.0")).toBe(true);
    expect(test("v?.0", "v10.0")).toBe(false);
    expect(test("v[0-9].*", "v3.1")).toBe(true);
    expect(test("v[!0-9]*", "v3.1")).toBe(false);
    expect(test("release/*", "release/1.2")).toBe(true);
    expect(test("v1.0", "v1x0")).toBe(false);
    expect(test("/-beta/", "v1.0-beta.2")).toBe(true);
    expect(test("/^V1/i", "v1.0")).toBe(true);
    expect(test("/^v\\d+\\.\\d+$/", "v12.3")).toBe(true);
    expect(test("/^V1/", "v1.0")).toBe(false);
    expect(test("/^a.b$/s", "a\nb")).toBe(true);
    expect(() => parseTagPattern("/(a)\\1/")).toThrow("no backreferences");
    expect(() => parseTagPattern("/x/g")).toThrow('flag(s) "g" are not supported');
    expect(() => parseTagPattern("v[1")).toThrow('without a closing "]"');
  });
});
