import { describe, expect, it } from "vitest";
import { parseTagPattern, parseWatchInput, parseWatchToml, WatchConfigError } from "../../src/watch/index.js";

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof WatchConfigError) return error.problems.map((problem) => `${problem.line ?? "-"}:${problem.column ?? "-"} ${problem.message}`);
    throw error;
  }
  throw new Error("expected a WatchConfigError");
}

// Mistakes that used to be taken as something else, silently.
describe("watch configuration mistakes", () => {
  it("refuses a since date that is not on the calendar instead of rolling it into the next month", () => {
    expect(problems(() => parseWatchInput("openai/codex since=2025-02-30"))).toEqual([
      '1:- since is "2025-02-30"; there is no such day. Use latest (default), all, or an ISO date like 2025-01-31 or 2025-01-31T12:00:00Z',
    ]);
    expect(problems(() => parseWatchToml('[[watch]]\nrepo = "openai/codex"\nsince = 2025-02-29\n', "f.toml"))).toEqual([
      "3:1 since is 2025-02-29; there is no such day. Use latest (default), all, or an ISO date like 2025-01-31 or 2025-01-31T12:00:00Z",
    ]);
    expect(parseWatchInput("openai/codex since=2024-02-29")[0]?.since).toEqual({ kind: "date", date: "2024-02-29T00:00:00.000Z" });
  });

  it("refuses a TOML time of day as since, which has no date (it was taken as the year 0)", () => {
    expect(problems(() => parseWatchToml('[[watch]]\nrepo = "openai/codex"\nsince = 10:00:00\n', "f.toml"))).toEqual([
      '3:1 since is a time of day (10:00:00) without a date; write a date, e.g. since = 2025-01-31 or since = "2025-01-31T10:00:00Z"',
    ]);
  });

  it("refuses an option given twice on one line instead of keeping the last", () => {
    expect(problems(() => parseWatchInput("openai/codex since=latest min-age=1h since=all tags=a* tags=b*"))).toEqual([
      '1:- option "since" is given twice for openai/codex; keep one (only tags= may be repeated)',
    ]);
  });

  it("refuses a min-age longer than a year (a unit mistyped), which could not be waited out", () => {
    expect(problems(() => parseWatchInput("openai/codex min-age=14285000w"))).toEqual([
      '1:- min-age is "14285000w", more than a year (365d); a release held that long is never dispatched. Write a shorter duration, like 24h or 2d',
    ]);
    expect(parseWatchInput("openai/codex min-age=52w")[0]?.minAge).toBe(52 * 7 * 86_400_000);
  });

  it("names a table that looks like [[watch]] but is not, instead of watching nothing", () => {
    for (const name of ["watches", "Watch", "wacth", "watched"]) {
      expect(problems(() => parseWatchToml(`[[${name}]]\nrepo = "openai/codex"\n`, "f.toml"))).toEqual([
        `1:1 [[${name}]] is not a table flows-action reads; did you mean [[watch]]? (Each watched repository is a [[watch]] table.)`,
      ]);
    }
    // Tables of other names are left alone.
    expect(parseWatchToml('[tools]\nnode = "22"\n[[watch]]\nrepo = "openai/codex"\n', "f.toml").map((watch) => watch.repo)).toEqual(["openai/codex"]);
  });

  it("says what an RE2 limit is, not that a repeat count is a backreference", () => {
    expect(() => parseTagPattern("/v{1001}/")).toThrow(
      "/v{1001}/ cannot be used (error parsing regexp: invalid repeat count: `{1001}`). Tag patterns run on a linear-time engine (RE2), which repeats at most 1000 times ({n,m} up to 1000); rewrite it within that",
    );
    expect(() => parseTagPattern("/(a)\\1/")).toThrow(/has no backreferences \(\\1\) and no lookahead/);
  });

  // A list as flows-path and fail-on take it: "write it as owner/repo" was no help, as it was.
  it("says a comma-separated list of repositories goes one per line", () => {
    expect(problems(() => parseWatchInput("openai/codex, oven-sh/bun"))[0]).toBe(
      '1:- "openai/codex," is not a GitHub repository name; write one repository per line, without commas ("openai/codex" on a line of its own)',
    );
    expect(problems(() => parseWatchInput("not a repo,"))[0]).toContain('write it as "owner/repo"');
  });

  it("takes an owner GitHub can have (an enterprise managed user, handle_shortcode) and refuses names it cannot", () => {
    expect(parseWatchInput("octocat_acme/tool")[0]?.repo).toBe("octocat_acme/tool");
    for (const name of ["_acme/tool", "octo cat/tool", "octo/to ol", "octo/..", "a/b/c"]) {
      expect(problems(() => parseWatchInput(`"${name}"`))[0]).toContain("is not a GitHub repository name");
    }
  });
});
