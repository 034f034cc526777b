// `[[watch]]` tables in `.github/flows.toml`:
//
//   [[watch]]
//   repo = "openai/codex"
//   tags = "rust-v*"          # or a list: ["rust-v*", "/^cli-v\\d+/"]
//   prereleases = false
//   since = "latest"          # "all", or a date: 2025-01-31 / "2025-01-31T12:00:00Z"
//   min-age = "24h"           # hold a release until it is this old
//   updates = true            # also report re-tagged, promoted and deleted releases
//
// Other top-level keys of the file belong to other features and are left alone.
import { parse, TomlError } from "smol-toml";
import { editDistance } from "../did-you-mean.js";
import { TomlLocator, type TomlPath } from "../flows/toml-locator.js";
import { tomlErrorReason, tomlSyntaxHint } from "../flows/toml-syntax.js";
import {
  checkBoolean,
  checkDuration,
  checkRepo,
  checkSince,
  suggestOption,
  WATCH_OPTIONS_HELP,
  type WatchConfig,
  WatchConfigError,
  type WatchConfigProblem,
} from "./config-values.js";
import { parseTagPattern } from "./tag-pattern.js";

const KEYS = ["repo", "prereleases", "tags", "since", "min-age", "updates"] as const;

/** Parse the `[[watch]]` tables of a flows.toml text; `file` names it in messages. */
export function parseWatchToml(text: string, file: string): WatchConfig[] {
  let document: Record<string, unknown>;
  try {
    document = parse(text);
  } catch (error) {
    if (error instanceof TomlError) {
      const hint = tomlSyntaxHint(text, error);
      const message = `is not valid TOML: ${tomlErrorReason(error)}${hint === undefined ? "" : `. ${hint}`}`;
      throw new WatchConfigError([{ file, line: error.line, column: error.column, message }]);
    }
    throw error;
  }
  const tables = document.watch;
  const locator = new TomlLocator(text);
  const problems: WatchConfigProblem[] = [];
  const fail = (path: TomlPath, message: string): void => {
    const at = locator.header(path) ?? locator.locate(path);
    problems.push({ file, ...(at ? { line: at.line, column: at.column } : {}), message });
  };
  // The file is the watcher's alone: a table named like [[watch]] but not quite would watch
  // nothing, silently.
  for (const key of Object.keys(document)) {
    if (key !== "watch" && looksLikeWatch(key)) {
      fail([key], `[[${key}]] is not a table flows-action reads; did you mean [[watch]]? (Each watched repository is a [[watch]] table.)`);
    }
  }
  if (problems.length > 0) throw new WatchConfigError(problems);
  if (tables === undefined) return [];
  if (!Array.isArray(tables)) {
    fail(["watch"], "watch must be an array of tables: write each repository as its own [[watch]] table (two brackets)");
    throw new WatchConfigError(problems);
  }
  const watches: WatchConfig[] = [];
  tables.forEach((table: unknown, index) => {
    const path: TomlPath = ["watch", index];
    if (typeof table !== "object" || table === null || Array.isArray(table) || table instanceof Date) {
      fail(path, `watch entry #${index + 1} must be a table with repo = "owner/repo"`);
      return;
    }
    const watch = readTable(text, table as Record<string, unknown>, path, file, locator, fail);
    if (watch) watches.push(watch);
  });
  if (problems.length > 0) throw new WatchConfigError(problems);
  return watches;
}

/** `watches`, `Watch`, `wacth`, `watched`: one edit from watch, or watch in other words. */
function looksLikeWatch(key: string): boolean {
  const lower = key.toLowerCase();
  if (lower === "watch" || /^watch(?:es|ed|ing|s|list|ers?)$/.test(lower)) return true;
  return editDistance(lower, "watch", 1) <= 1 || (lower.length === 5 && [...lower].sort().join("") === "achtw");
}

/** The unquoted value after `key =` on the line at `at` (a TOML date as written). */
function literalAt(text: string, at: { line: number } | undefined): string | undefined {
  const line = at ? text.split(/\r?\n/)[at.line - 1] : undefined;
  return line === undefined ? undefined : /=\s*([0-9][0-9:.TtZz+ -]*[0-9Zz])/.exec(line)?.[1];
}

function readTable(
  text: string,
  table: Record<string, unknown>,
  path: TomlPath,
  file: string,
  locator: TomlLocator,
  fail: (path: TomlPath, message: string) => void,
): WatchConfig | undefined {
  let errors = 0;
  const report = (key: string | undefined, message: string): void => {
    errors++;
    fail(key === undefined ? path : [...path, key], message);
  };
  for (const key of Object.keys(table)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      report(key, `unknown key "${key}" in [[watch]]${suggestOption(key, KEYS) || "."} Keys: repo, ${WATCH_OPTIONS_HELP}.`);
    }
  }
  const repo = checkRepo(table.repo);
  if ("problem" in repo) {
    report(table.repo === undefined ? undefined : "repo", `[[watch]] repo: ${repo.problem}`);
    return undefined;
  }
  const at = locator.header(path) ?? locator.locate(path);
  const watch: WatchConfig = {
    repo: repo.repo,
    prereleases: false,
    tags: [],
    since: { kind: "latest" },
    origin: `${file}${at ? `:${at.line}` : ""}`,
  };
  if (table.prereleases !== undefined) {
    const checked = checkBoolean("prereleases", table.prereleases);
    if ("problem" in checked) report("prereleases", checked.problem);
    else watch.prereleases = checked.value;
  }
  if (table.since !== undefined) {
    const checked = checkSince(table.since, table.since instanceof Date ? literalAt(text, locator.locate([...path, "since"])) : undefined);
    if ("problem" in checked) report("since", checked.problem);
    else watch.since = checked.since;
  }
  if (table["min-age"] !== undefined) {
    const checked = checkDuration("min-age", table["min-age"]);
    if ("problem" in checked) report("min-age", checked.problem);
    else watch.minAge = checked.ms;
  }
  if (table.updates !== undefined) {
    const checked = checkBoolean("updates", table.updates);
    if ("problem" in checked) report("updates", checked.problem);
    else watch.updates = checked.value;
  }
  if (table.tags !== undefined) {
    const values = Array.isArray(table.tags) ? table.tags : [table.tags];
    for (const value of values) {
      if (typeof value !== "string") {
        report("tags", 'tags must be a string or a list of strings, e.g. tags = "rust-v*"');
        continue;
      }
      try {
        watch.tags.push(parseTagPattern(value));
      } catch (error) {
        report("tags", `tags: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return errors > 0 ? undefined : watch;
}
