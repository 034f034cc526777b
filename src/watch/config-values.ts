// The watch configuration's types, its error, and the value checks both sources share (the
// action input and [[watch]] tables): each check returns the value, or a sentence saying what
// to write instead.
import type { TagPattern } from "./tag-pattern.js";
import { UserError } from "../user-error.js";

export type WatchSince =
  /** Only the newest matching release (default). */
  | { kind: "latest" }
  /** Every matching release, oldest first. */
  | { kind: "all" }
  /** Every matching release published at or after `date` (ISO). */
  | { kind: "date"; date: string };

/** One watched repository. */
export type WatchConfig = {
  /** `owner/repo`. */
  repo: string;
  /** Dispatch prereleases too (default false). Drafts are never dispatched. */
  prereleases: boolean;
  /** Tags to dispatch; empty means every tag. */
  tags: TagPattern[];
  /** How far back the first poll of this repository looks. Later polls ignore it. */
  since: WatchSince;
  /** Hold a release until it is this old (ms); undefined or 0: dispatch at once. */
  minAge?: number;
  /** Also dispatch upstream.release.updated / .deleted for releases already dispatched (default false). */
  updates?: boolean;
  /** Where the entry was written, for messages: `input "watch" line 2`, `.github/flows.toml:7`. */
  origin: string;
};

export type WatchConfigProblem = { file?: string; line?: number; column?: number; message: string };

/** The watch configuration cannot be used; each problem says where and what to change. */
export class WatchConfigError extends UserError {
  override name = "WatchConfigError";
  readonly problems: WatchConfigProblem[];

  constructor(problems: WatchConfigProblem[]) {
    super(problems.map(describeProblem).join("\n"));
    this.problems = problems;
  }
}

function describeProblem(problem: WatchConfigProblem): string {
  const position = [problem.line, problem.column].filter((part) => part !== undefined).join(":");
  const where = problem.file ? `${problem.file}${position ? `:${position}` : ""}: ` : "";
  return `${where}${problem.message}`;
}

export const WATCH_OPTIONS_HELP =
  "prereleases=true|false, tags=<glob like rust-v* or /regex/>, since=latest|all|<ISO date>, min-age=<duration like 24h, 90m, 2d>, updates=true|false";

/** The longest min-age: a year. */
const MAX_DURATION_MS = 365 * 86_400_000;

const DURATION_UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `24h`, `90m`, `2d`, `1d12h`, `0` → milliseconds. */
export function checkDuration(name: string, value: unknown): { ms: number } | { problem: string } {
  const text = typeof value === "string" ? value.trim().toLowerCase() : typeof value === "number" ? String(value) : "";
  if (text === "0") return { ms: 0 };
  if (/^(?:\d+[smhdw])+$/.test(text)) {
    let ms = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g)) ms += Number(amount) * (DURATION_UNITS[unit ?? "s"] ?? 0);
    // Beyond a year is a mistyped unit; far beyond, no time can be computed from it at all.
    if (Number.isSafeInteger(ms) && ms <= MAX_DURATION_MS) return { ms };
  }
  const hint = /^\d+$/.test(text) ? `; add a unit: ${text}h (hours), ${text}m (minutes), ${text}d (days)` : "";
  if (/^(?:\d+[smhdw])+$/.test(text)) {
    return { problem: `${name} is ${JSON.stringify(value)}, more than a year (365d); a release held that long is never dispatched. Write a shorter duration, like 24h or 2d` };
  }
  return {
    problem: `${name} is ${JSON.stringify(value)}; write a duration like 24h, 90m, 2d or 1d12h (units s, m, h, d, w)${hint}`,
  };
}

// Owners: letters, digits and hyphens, and the `_shortcode` of an enterprise's managed users
// (https://docs.github.com/enterprise-cloud@latest/admin/managing-iam/iam-configuration-reference/username-considerations-for-external-authentication).
const REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:_[A-Za-z0-9]{1,20})?\/[A-Za-z0-9._-]{1,100}$/;

export function checkRepo(value: unknown): { repo: string } | { problem: string } {
  if (typeof value !== "string" || value.trim() === "") {
    return { problem: 'the repository is missing; write it as "owner/repo", e.g. "openai/codex"' };
  }
  const repo = value.trim().replace(/\.git$/, "");
  if (REPO_PATTERN.test(repo) && repo !== "." && !repo.endsWith("/.") && !repo.endsWith("/..")) return { repo };
  const url = /^https?:\/\/[^/]+\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repo);
  // "openai/codex, oven-sh/bun": a list as flows-path and fail-on take it, which watch does not.
  const listed = /^(.+?),+$/.exec(repo)?.[1];
  const hint = url
    ? `; write just "${url[1]}"`
    : listed !== undefined && REPO_PATTERN.test(listed)
      ? `; write one repository per line, without commas ("${listed}" on a line of its own)`
      : '; write it as "owner/repo", e.g. "openai/codex"';
  return { problem: `"${value}" is not a GitHub repository name${hint}` };
}

const SINCE_HELP = "Use latest (default), all, or an ISO date like 2025-01-31 or 2025-01-31T12:00:00Z";

/**
 * `written`: a TOML date's literal as the file has it. The TOML parser rolls a day that is not
 * on the calendar into the next month (2025-02-29 is March 1) and takes a time of day as one in
 * the year 0, so both are checked from the text.
 */
export function checkSince(value: unknown, written?: string): { since: WatchSince } | { problem: string } {
  if (value instanceof Date) {
    const isTime = (value as { isTime?: () => boolean }).isTime;
    if (typeof isTime === "function" && isTime.call(value)) {
      const shown = written ?? String(value);
      return { problem: `since is a time of day (${shown}) without a date; write a date, e.g. since = 2025-01-31 or since = "2025-01-31T${shown.slice(0, 8)}Z"` };
    }
    if (written !== undefined && !onCalendar(written)) return { problem: `since is ${written}; there is no such day. ${SINCE_HELP}` };
    if (Number.isNaN(value.getTime())) return { problem: "since is not a valid date" };
    return { since: { kind: "date", date: new Date(value.getTime()).toISOString() } };
  }
  if (typeof value !== "string") return { problem: 'since must be "latest", "all" or an ISO date like 2025-01-31' };
  const text = value.trim().toLowerCase();
  if (text === "latest") return { since: { kind: "latest" } };
  if (text === "all") return { since: { kind: "all" } };
  // Dates without an offset are taken as UTC.
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && !onCalendar(text)) return { problem: `since is "${value}"; there is no such day. ${SINCE_HELP}` };
  if (/^\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) || /(z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}z`;
    const time = Date.parse(iso.toUpperCase().replace(" ", "T"));
    if (!Number.isNaN(time)) return { since: { kind: "date", date: new Date(time).toISOString() } };
  }
  return { problem: `since is "${value}"; use latest (default), all, or an ISO date like 2025-01-31 or 2025-01-31T12:00:00Z` };
}

/** Whether the text's leading YYYY-MM-DD is a day of the calendar (Date.parse rolls 02-30 over). */
function onCalendar(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkBoolean(name: string, value: unknown): { value: boolean } | { problem: string } {
  if (typeof value === "boolean") return { value };
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (["true", "yes", "on", "1"].includes(text)) return { value: true };
    if (["false", "no", "off", "0"].includes(text)) return { value: false };
  }
  return { problem: `${name} is ${JSON.stringify(value)}; use true or false` };
}

/** The closest known option name, for "did you mean" hints on typos. */
export function suggestOption(name: string, known: readonly string[]): string {
  const lower = name.toLowerCase();
  const close = known.find((option) => option.startsWith(lower.slice(0, 3)) || lower.startsWith(option.slice(0, 3)));
  return close ? `; did you mean "${close}"?` : "";
}
