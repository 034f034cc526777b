// The action input `watch`: one repository per line, options after it as key=value words.
//
//   openai/codex tags=rust-v* prereleases=true
//   oven-sh/bun since=2025-01-01   # comments start with #
//
// A value holding spaces may be double-quoted: tags="/^v\d+ beta$/". `tags=` may be repeated.
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

const OPTIONS = ["prereleases", "tags", "since", "min-age", "updates"] as const;

export type ParseWatchInputOptions = {
  /** How messages name the input (default `input "watch"`). */
  inputName?: string;
};

/** Parse the `watch` input; throws WatchConfigError naming every bad line. */
export function parseWatchInput(text: string, options: ParseWatchInputOptions = {}): WatchConfig[] {
  const inputName = options.inputName ?? 'input "watch"';
  const watches: WatchConfig[] = [];
  const problems: WatchConfigProblem[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    const fail = (message: string): void => {
      problems.push({ file: inputName, line, message });
    };
    const words = splitWords(stripComment(raw));
    if (words === undefined) {
      fail(`a double quote is not closed in: ${raw.trim()}`);
      continue;
    }
    const [first, ...rest] = words;
    if (first === undefined) continue;
    const repo = checkRepo(first);
    if ("problem" in repo) {
      fail(repo.problem);
      continue;
    }
    const watch: WatchConfig = {
      repo: repo.repo,
      prereleases: false,
      tags: [],
      since: { kind: "latest" },
      origin: `${inputName} line ${line}`,
    };
    const given = new Set<string>();
    for (const word of rest) {
      const equals = word.indexOf("=");
      const key = equals < 0 ? word : word.slice(0, equals);
      const value = equals < 0 ? undefined : word.slice(equals + 1);
      if (equals < 0 && key.includes("/")) {
        fail(`"${key}" follows ${repo.repo} on the same line; put each repository on a line of its own`);
        continue;
      }
      if (!(OPTIONS as readonly string[]).includes(key)) {
        fail(`unknown option "${key}" for ${repo.repo}${suggestOption(key, OPTIONS) || "."} Options: ${WATCH_OPTIONS_HELP}.`);
        continue;
      }
      if (value === undefined || value === "") {
        fail(`option "${key}" for ${repo.repo} has no value; write ${key}=<value> (${WATCH_OPTIONS_HELP})`);
        continue;
      }
      if (key !== "tags" && given.has(key)) {
        fail(`option "${key}" is given twice for ${repo.repo}; keep one (only tags= may be repeated)`);
        continue;
      }
      given.add(key);
      applyOption(watch, key, value, fail);
    }
    watches.push(watch);
  }
  if (problems.length > 0) throw new WatchConfigError(problems);
  return watches;
}

function applyOption(watch: WatchConfig, key: string, value: string, fail: (message: string) => void): void {
  if (key === "prereleases") {
    const checked = checkBoolean("prereleases", value);
    if ("problem" in checked) fail(checked.problem);
    else watch.prereleases = checked.value;
  } else if (key === "since") {
    const checked = checkSince(value);
    if ("problem" in checked) fail(checked.problem);
    else watch.since = checked.since;
  } else if (key === "min-age") {
    const checked = checkDuration("min-age", value);
    if ("problem" in checked) fail(checked.problem);
    else watch.minAge = checked.ms;
  } else if (key === "updates") {
    const checked = checkBoolean("updates", value);
    if ("problem" in checked) fail(checked.problem);
    else watch.updates = checked.value;
  } else {
    try {
      watch.tags.push(parseTagPattern(value));
    } catch (error) {
      fail(`tags for ${watch.repo}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** `#` starts a comment at the start of a line or after whitespace, outside quotes. */
function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    if (!quoted && line[i] === "#" && (i === 0 || /\s/.test(line[i - 1] ?? ""))) return line.slice(0, i);
  }
  return line;
}

/** Whitespace-separated words; `"..."` keeps spaces (quotes removed). undefined: unclosed quote. */
function splitWords(line: string): string[] | undefined {
  const words: string[] = [];
  let current = "";
  let quoted = false;
  let started = false;
  for (const char of line) {
    if (char === '"') {
      quoted = !quoted;
      started = true;
    } else if (!quoted && /\s/.test(char)) {
      if (started) words.push(current);
      current = "";
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quoted) return undefined;
  if (started) words.push(current);
  return words;
}
