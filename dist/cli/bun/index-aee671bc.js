// @bun
import {
  UserError
} from "./main-f081c345.js";
import {
  TomlLocator,
  globToRegExp,
  TomlError,
  parse,
  discoverFlows
} from "./main-705341a3.js";
import"./main-845a148e.js";
import {
  loadInternalValue,
  saveInternalValue,
  WATCH_CURSOR_FORMAT,
  SEEN_RELEASES_KEPT,
  DISPATCHED_RELEASES_KEPT,
  loadWatchCursor,
  saveWatchCursor
} from "./main-e182ef8d.js";
import"./main-fbb7e2a8.js";
import"./main-e531f9c3.js";
import"./main-8c27923c.js";
import {
  dispatch
} from "./main-86eff04f.js";
import {
  INTERNAL_EVENT_TYPE_PREFIX
} from "./main-34d3babc.js";
import"./main-73c2a2c4.js";
import {
  idKey,
  githubEventId,
  upstreamReleaseEvent
} from "./main-d86cd4d4.js";

// src/watch/config.ts
import { readFile } from "fs/promises";
import { resolve } from "path";

// src/watch/config-values.ts
class WatchConfigError extends UserError {
  name = "WatchConfigError";
  problems;
  constructor(problems) {
    super(problems.map(describeProblem).join(`
`));
    this.problems = problems;
  }
}
function describeProblem(problem) {
  const position = [problem.line, problem.column].filter((part) => part !== undefined).join(":");
  const where = problem.file ? `${problem.file}${position ? `:${position}` : ""}: ` : "";
  return `${where}${problem.message}`;
}
var WATCH_OPTIONS_HELP = "prereleases=true|false, tags=<glob like rust-v* or /regex/>, since=latest|all|<ISO date>, min-age=<duration like 24h, 90m, 2d>, updates=true|false";
var DURATION_UNITS = { s: 1000, m: 60000, h: 3600000, d: 86400000, w: 604800000 };
function checkDuration(name, value) {
  const text = typeof value === "string" ? value.trim().toLowerCase() : typeof value === "number" ? String(value) : "";
  if (text === "0")
    return { ms: 0 };
  if (/^(?:\d+[smhdw])+$/.test(text)) {
    let ms = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g))
      ms += Number(amount) * (DURATION_UNITS[unit ?? "s"] ?? 0);
    if (Number.isSafeInteger(ms))
      return { ms };
  }
  const hint = /^\d+$/.test(text) ? `; add a unit: ${text}h (hours), ${text}m (minutes), ${text}d (days)` : "";
  return {
    problem: `${name} is ${JSON.stringify(value)}; write a duration like 24h, 90m, 2d or 1d12h (units s, m, h, d, w)${hint}`
  };
}
var REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
function checkRepo(value) {
  if (typeof value !== "string" || value.trim() === "") {
    return { problem: 'the repository is missing; write it as "owner/repo", e.g. "openai/codex"' };
  }
  const repo = value.trim().replace(/\.git$/, "");
  if (REPO_PATTERN.test(repo) && repo !== "." && !repo.endsWith("/.") && !repo.endsWith("/.."))
    return { repo };
  const url = /^https?:\/\/[^/]+\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repo);
  const hint = url ? `; write just "${url[1]}"` : '; write it as "owner/repo", e.g. "openai/codex"';
  return { problem: `"${value}" is not a GitHub repository name${hint}` };
}
function checkSince(value) {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      return { problem: "since is not a valid date" };
    return { since: { kind: "date", date: new Date(value.getTime()).toISOString() } };
  }
  if (typeof value !== "string")
    return { problem: 'since must be "latest", "all" or an ISO date like 2025-01-31' };
  const text = value.trim().toLowerCase();
  if (text === "latest")
    return { since: { kind: "latest" } };
  if (text === "all")
    return { since: { kind: "all" } };
  if (/^\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) || /(z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}z`;
    const time = Date.parse(iso.toUpperCase().replace(" ", "T"));
    if (!Number.isNaN(time))
      return { since: { kind: "date", date: new Date(time).toISOString() } };
  }
  return { problem: `since is "${value}"; use latest (default), all, or an ISO date like 2025-01-31 or 2025-01-31T12:00:00Z` };
}
function checkBoolean(name, value) {
  if (typeof value === "boolean")
    return { value };
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (["true", "yes", "on", "1"].includes(text))
      return { value: true };
    if (["false", "no", "off", "0"].includes(text))
      return { value: false };
  }
  return { problem: `${name} is ${JSON.stringify(value)}; use true or false` };
}
function suggestOption(name, known) {
  const lower = name.toLowerCase();
  const close = known.find((option) => option.startsWith(lower.slice(0, 3)) || lower.startsWith(option.slice(0, 3)));
  return close ? `; did you mean "${close}"?` : "";
}

// src/watch/tag-pattern.ts
function parseTagPattern(text) {
  const source = text.trim();
  if (source === "")
    throw new Error("the tag pattern is empty; write a glob like rust-v* or a /regex/");
  const regexForm = /^\/(.+)\/([a-z]*)$/s.exec(source);
  if (regexForm)
    return { source, regex: compileRegex(regexForm[1] ?? "", regexForm[2] ?? "") };
  return { source, regex: globToRegExp(source) };
}
function matchesTag(patterns, tag) {
  return patterns.length === 0 || patterns.some((pattern) => pattern.regex.test(tag));
}
function compileRegex(body, flags) {
  const unsupported = flags.replace(/[imsu]/g, "");
  if (unsupported !== "") {
    throw new Error(`the regular expression flag(s) "${unsupported}" are not supported; use i, m, s or u`);
  }
  try {
    return new RegExp(body, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`/${body}/ is not a valid regular expression (${reason})`);
  }
}

// src/watch/config-input.ts
var OPTIONS = ["prereleases", "tags", "since", "min-age", "updates"];
function parseWatchInput(text, options = {}) {
  const inputName = options.inputName ?? 'input "watch"';
  const watches = [];
  const problems = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    const fail = (message) => {
      problems.push({ file: inputName, line, message });
    };
    const words = splitWords(stripComment(raw));
    if (words === undefined) {
      fail(`a double quote is not closed in: ${raw.trim()}`);
      continue;
    }
    const [first, ...rest] = words;
    if (first === undefined)
      continue;
    const repo = checkRepo(first);
    if ("problem" in repo) {
      fail(repo.problem);
      continue;
    }
    const watch = {
      repo: repo.repo,
      prereleases: false,
      tags: [],
      since: { kind: "latest" },
      origin: `${inputName} line ${line}`
    };
    for (const word of rest) {
      const equals = word.indexOf("=");
      const key = equals < 0 ? word : word.slice(0, equals);
      const value = equals < 0 ? undefined : word.slice(equals + 1);
      if (equals < 0 && key.includes("/")) {
        fail(`"${key}" follows ${repo.repo} on the same line; put each repository on a line of its own`);
        continue;
      }
      if (!OPTIONS.includes(key)) {
        fail(`unknown option "${key}" for ${repo.repo}${suggestOption(key, OPTIONS)} Options: ${WATCH_OPTIONS_HELP}.`);
        continue;
      }
      if (value === undefined || value === "") {
        fail(`option "${key}" for ${repo.repo} has no value; write ${key}=<value> (${WATCH_OPTIONS_HELP})`);
        continue;
      }
      applyOption(watch, key, value, fail);
    }
    watches.push(watch);
  }
  if (problems.length > 0)
    throw new WatchConfigError(problems);
  return watches;
}
function applyOption(watch, key, value, fail) {
  if (key === "prereleases") {
    const checked = checkBoolean("prereleases", value);
    if ("problem" in checked)
      fail(checked.problem);
    else
      watch.prereleases = checked.value;
  } else if (key === "since") {
    const checked = checkSince(value);
    if ("problem" in checked)
      fail(checked.problem);
    else
      watch.since = checked.since;
  } else if (key === "min-age") {
    const checked = checkDuration("min-age", value);
    if ("problem" in checked)
      fail(checked.problem);
    else
      watch.minAge = checked.ms;
  } else if (key === "updates") {
    const checked = checkBoolean("updates", value);
    if ("problem" in checked)
      fail(checked.problem);
    else
      watch.updates = checked.value;
  } else {
    try {
      watch.tags.push(parseTagPattern(value));
    } catch (error) {
      fail(`tags for ${watch.repo}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
function stripComment(line) {
  let quoted = false;
  for (let i = 0;i < line.length; i++) {
    if (line[i] === '"')
      quoted = !quoted;
    if (!quoted && line[i] === "#" && (i === 0 || /\s/.test(line[i - 1] ?? "")))
      return line.slice(0, i);
  }
  return line;
}
function splitWords(line) {
  const words = [];
  let current = "";
  let quoted = false;
  let started = false;
  for (const char of line) {
    if (char === '"') {
      quoted = !quoted;
      started = true;
    } else if (!quoted && /\s/.test(char)) {
      if (started)
        words.push(current);
      current = "";
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quoted)
    return;
  if (started)
    words.push(current);
  return words;
}

// src/watch/config-toml.ts
var KEYS = ["repo", "prereleases", "tags", "since", "min-age", "updates"];
function parseWatchToml(text, file) {
  let document;
  try {
    document = parse(text);
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split(`
`, 1)[0] ?? error.message;
      throw new WatchConfigError([{ file, line: error.line, column: error.column, message: `is not valid TOML: ${reason}` }]);
    }
    throw error;
  }
  const tables = document.watch;
  if (tables === undefined)
    return [];
  const locator = new TomlLocator(text);
  const problems = [];
  const fail = (path, message) => {
    const at = locator.locate(path);
    problems.push({ file, ...at ? { line: at.line, column: at.column } : {}, message });
  };
  if (!Array.isArray(tables)) {
    fail(["watch"], "watch must be an array of tables: write each repository as its own [[watch]] table (two brackets)");
    throw new WatchConfigError(problems);
  }
  const watches = [];
  tables.forEach((table, index) => {
    const path = ["watch", index];
    if (typeof table !== "object" || table === null || Array.isArray(table) || table instanceof Date) {
      fail(path, `watch entry #${index + 1} must be a table with repo = "owner/repo"`);
      return;
    }
    const watch = readTable(table, path, file, locator, fail);
    if (watch)
      watches.push(watch);
  });
  if (problems.length > 0)
    throw new WatchConfigError(problems);
  return watches;
}
function readTable(table, path, file, locator, fail) {
  let errors = 0;
  const report = (key, message) => {
    errors++;
    fail(key === undefined ? path : [...path, key], message);
  };
  for (const key of Object.keys(table)) {
    if (!KEYS.includes(key)) {
      report(key, `unknown key "${key}" in [[watch]]${suggestOption(key, KEYS)} Keys: repo, ${WATCH_OPTIONS_HELP}.`);
    }
  }
  const repo = checkRepo(table.repo);
  if ("problem" in repo) {
    report(table.repo === undefined ? undefined : "repo", `[[watch]] repo: ${repo.problem}`);
    return;
  }
  const at = locator.header(path) ?? locator.locate(path);
  const watch = {
    repo: repo.repo,
    prereleases: false,
    tags: [],
    since: { kind: "latest" },
    origin: `${file}${at ? `:${at.line}` : ""}`
  };
  if (table.prereleases !== undefined) {
    const checked = checkBoolean("prereleases", table.prereleases);
    if ("problem" in checked)
      report("prereleases", checked.problem);
    else
      watch.prereleases = checked.value;
  }
  if (table.since !== undefined) {
    const checked = checkSince(table.since);
    if ("problem" in checked)
      report("since", checked.problem);
    else
      watch.since = checked.since;
  }
  if (table["min-age"] !== undefined) {
    const checked = checkDuration("min-age", table["min-age"]);
    if ("problem" in checked)
      report("min-age", checked.problem);
    else
      watch.minAge = checked.ms;
  }
  if (table.updates !== undefined) {
    const checked = checkBoolean("updates", table.updates);
    if ("problem" in checked)
      report("updates", checked.problem);
    else
      watch.updates = checked.value;
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

// src/watch/config.ts
var DEFAULT_WATCH_CONFIG_FILE = ".github/flows.toml";
async function loadWatchConfig(options) {
  const relative = options.configFile ?? DEFAULT_WATCH_CONFIG_FILE;
  let text;
  try {
    text = await readFile(resolve(options.repoRoot, relative), "utf8");
  } catch (error) {
    const code = error.code;
    if (code !== "ENOENT" || options.configFile !== undefined) {
      throw new WatchConfigError([
        { file: relative, message: `cannot be read (${code ?? String(error)}); check that it exists and is readable.` }
      ]);
    }
  }
  const problems = [];
  const collect = (parse) => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof WatchConfigError))
        throw error;
      problems.push(...error.problems);
      return [];
    }
  };
  const fromInput = options.input ? collect(() => parseWatchInput(options.input ?? "")) : [];
  const fromFile = text === undefined ? [] : collect(() => parseWatchToml(text ?? "", relative));
  const watches = [...fromInput, ...fromFile];
  problems.push(...duplicateProblems(watches));
  if (problems.length > 0)
    throw new WatchConfigError(problems);
  return watches;
}
function duplicateProblems(watches) {
  const first = new Map;
  const problems = [];
  for (const watch of watches) {
    const key = watch.repo.toLowerCase();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, watch);
      continue;
    }
    problems.push({
      message: `${watch.repo} is watched twice (${earlier.origin} and ${watch.origin}); keep one entry and put every tag pattern in it (tags= may be given more than once).`
    });
  }
  return problems;
}
// src/github/release-errors.ts
class GitHubReleasesError extends UserError {
  name = "GitHubReleasesError";
  repo;
  status;
  rateLimit;
  unreachable;
  constructor(options) {
    super(options.message);
    this.repo = options.repo;
    this.status = options.status;
    this.unreachable = options.unreachable === true;
    if (options.rateLimit)
      this.rateLimit = options.rateLimit;
  }
}
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : undefined;
}
function releasesError(repo, error, now = new Date, where = `GET /repos/${repo}/releases`) {
  const status = statusOf(error);
  const shape = error ?? {};
  const headers = shape.response?.headers ?? {};
  if (error instanceof Error && (status === undefined || status === 500 && shape.response === undefined)) {
    return new GitHubReleasesError({
      repo,
      status: undefined,
      unreachable: true,
      message: `${where} got no answer: ${networkReason(error)}. The network or the GitHub host is unreachable from here; check the connection, a proxy (HTTPS_PROXY) or GITHUB_API_URL.`
    });
  }
  const rateLimit = rateLimitOf(status, headers, String(shape.message ?? ""), now);
  if (rateLimit) {
    const until = rateLimit.resetAt ? ` until ${rateLimit.resetAt}` : ` for about ${rateLimit.retryAfterSeconds} s`;
    const what = rateLimit.kind === "primary" ? "the API rate limit is used up" : "a secondary rate limit applies";
    return new GitHubReleasesError({
      repo,
      status,
      rateLimit,
      message: `GitHub refused ${where} (${status}): ${what}${until}. Poll less often, watch fewer repositories, or use a token with a higher limit.`
    });
  }
  if (status === 404) {
    return new GitHubReleasesError({
      repo,
      status,
      message: `GitHub answered 404 for ${where}: the repository ${repo} does not exist or this token cannot read it. Check the name, and for a private repository use a token with read access to it.`
    });
  }
  if (status === 401) {
    return new GitHubReleasesError({
      repo,
      status,
      message: `GitHub answered 401 for ${where}: the token is missing, expired or revoked.`
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new GitHubReleasesError({
    repo,
    status,
    message: status === undefined ? `${where} failed before GitHub answered: ${detail}` : `GitHub answered ${status} for ${where}: ${detail}. It will be tried again on the next poll.`
  });
}
function networkReason(error) {
  const cause = error.cause;
  const text = `${error.message} ${typeof cause?.message === "string" ? cause.message : ""}`;
  const code = /\b(E[A-Z]{3,}(?:_[A-Z]+)*)\b/.exec(typeof cause?.code === "string" ? cause.code : text)?.[1];
  const host = /ENOTFOUND (\S+)/.exec(text)?.[1];
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return `the host ${host ?? ""} could not be resolved (${code})`.replace("host  ", "host ");
  if (code === "ECONNREFUSED")
    return "the connection was refused (ECONNREFUSED)";
  if (code)
    return `the connection failed (${code})`;
  return `the request failed (${error.message})`;
}
function rateLimitOf(status, headers, message, now) {
  if (status !== 403 && status !== 429)
    return;
  const header = (name) => {
    const value = headers[name];
    return value === undefined || value === null ? undefined : String(value);
  };
  const retryAfter = Number(header("retry-after"));
  if (header("x-ratelimit-remaining") === "0") {
    const reset = Number(header("x-ratelimit-reset"));
    if (Number.isFinite(reset) && reset > 0) {
      const seconds = Math.max(0, Math.ceil(reset - now.getTime() / 1000)) + 1;
      return { kind: "primary", retryAfterSeconds: seconds, resetAt: new Date(reset * 1000).toISOString() };
    }
    return { kind: "primary", retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : 60 };
  }
  if (Number.isFinite(retryAfter))
    return { kind: "secondary", retryAfterSeconds: retryAfter };
  if (status === 429 || /secondary rate limit/i.test(message))
    return { kind: "secondary", retryAfterSeconds: 60 };
  return;
}

// src/github/request-budget.ts
var DEFAULT_MAX_REQUESTS = 300;
var DEFAULT_RATE_LIMIT_RESERVE = 100;

class RequestBudgetExhausted extends Error {
  name = "RequestBudgetExhausted";
  reason;
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
}

class RequestBudget {
  max;
  reserve;
  used = 0;
  notModified = 0;
  rateRemaining;
  rateResetAt;
  constructor(options = {}) {
    this.max = options.maxRequests ?? DEFAULT_MAX_REQUESTS;
    this.reserve = options.reserve ?? DEFAULT_RATE_LIMIT_RESERVE;
  }
  #exempt = false;
  async exempt(work) {
    this.#exempt = true;
    try {
      return await work();
    } finally {
      this.#exempt = false;
    }
  }
  spend() {
    if (this.used >= this.max && !this.#exempt) {
      throw new RequestBudgetExhausted("budget", `the request budget of this poll (${this.max}) is spent`);
    }
    if (this.rateRemaining !== undefined && this.rateRemaining <= this.reserve) {
      const until = this.rateResetAt ? ` until ${this.rateResetAt}` : "";
      throw new RequestBudgetExhausted("rate-limit", `GitHub's rate limit is down to ${this.rateRemaining} requests${until}, and ${this.reserve} are kept for the rest of the job`);
    }
    this.used++;
  }
  observe(headers, status) {
    if (status === 304)
      this.notModified++;
    const remaining = Number(headers?.["x-ratelimit-remaining"]);
    if (headers?.["x-ratelimit-remaining"] !== undefined && Number.isFinite(remaining))
      this.rateRemaining = remaining;
    const reset = Number(headers?.["x-ratelimit-reset"]);
    if (Number.isFinite(reset) && reset > 0)
      this.rateResetAt = new Date(reset * 1000).toISOString();
  }
}

// src/github/releases.ts
class RateLimitBackoff {
  waitedSeconds = 0;
  #maxWait;
  #maxRetries;
  #sleep;
  #log;
  constructor(options = {}) {
    this.#maxWait = options.maxWaitSeconds ?? 60;
    this.#maxRetries = options.maxRetries ?? 2;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#log = options.log ?? (() => {});
  }
  async run(request) {
    for (let retry = 0;; retry++) {
      try {
        return await request();
      } catch (error) {
        const limit = error instanceof GitHubReleasesError ? error.rateLimit : undefined;
        if (!limit || retry >= this.#maxRetries)
          throw error;
        const seconds = Math.max(1, limit.retryAfterSeconds);
        if (this.waitedSeconds + seconds > this.#maxWait)
          throw error;
        this.#log(`${error.message} Waiting ${seconds} s before retrying.`);
        this.waitedSeconds += seconds;
        await this.#sleep(seconds * 1000);
      }
    }
  }
}
var PER_PAGE = 100;
var WATCHED_PAGES = 2;
async function listReleases(options) {
  const [owner = "", repo = ""] = options.repo.split("/");
  const backoff = options.backoff ?? new RateLimitBackoff;
  const budget = options.budget ?? new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
  const maxPages = Math.max(options.maxPages ?? 10, 1);
  let requests = 0;
  const fetchPage = (page, etag) => {
    requests++;
    return backoff.run(() => requestPage(options.client, { owner, repo, page, budget, ...etag ? { etag } : {} }));
  };
  let first = await fetchPage(1, options.etag);
  if (first === "not-modified") {
    if (!options.deepEtag)
      return { status: "not-modified", pages: 0, requests };
    const second = await fetchPage(2, options.deepEtag);
    if (second === "not-modified")
      return { status: "not-modified", pages: 0, requests };
    first = await fetchPage(1, undefined);
    if (first === "not-modified")
      throw new Error("GitHub answered 304 to a request without If-None-Match");
  }
  const releases = [...first.releases];
  const etag = first.etag;
  let deepEtag;
  let response = first;
  let enough = options.isEnough(first.releases);
  let page = 1;
  while (response.hasNext && page < maxPages && (!enough || page < WATCHED_PAGES)) {
    page++;
    const next = await fetchPage(page, undefined);
    if (next === "not-modified")
      throw new Error("GitHub answered 304 to a request without If-None-Match");
    response = next;
    if (page === 2)
      deepEtag = next.etag;
    releases.push(...next.releases);
    enough ||= options.isEnough(next.releases);
  }
  const complete = !response.hasNext;
  return {
    status: "ok",
    releases,
    ...etag ? { etag } : {},
    ...deepEtag ? { deepEtag } : {},
    pages: page,
    requests,
    truncated: !complete && !enough,
    complete
  };
}
function toUpstreamRelease(release) {
  return {
    id: release.id,
    tagName: release.tag_name,
    name: release.name,
    body: release.body ?? null,
    draft: release.draft,
    prerelease: release.prerelease,
    publishedAt: release.published_at,
    createdAt: release.created_at,
    htmlUrl: release.html_url,
    targetCommitish: release.target_commitish
  };
}
async function requestPage(client, request) {
  const { owner, repo, page, budget } = request;
  budget.spend();
  try {
    const response = await client.rest.repos.listReleases({
      owner,
      repo,
      per_page: PER_PAGE,
      ...page > 1 ? { page } : {},
      ...request.etag ? { headers: { "if-none-match": request.etag } } : {}
    });
    budget.observe(response.headers, response.status);
    const etag = response.headers.etag;
    return {
      releases: response.data.map(toUpstreamRelease),
      ...etag ? { etag } : {},
      hasNext: /\brel="next"/.test(response.headers.link ?? "")
    };
  } catch (error) {
    if (statusOf(error) === 304)
      budget.observe(error?.response?.headers, 304);
    if (statusOf(error) === 304)
      return "not-modified";
    throw releasesError(`${owner}/${repo}`, error, new Date, `GET /repos/${owner}/${repo}/releases`);
  }
}

// src/watch/age.ts
var time = (iso) => Date.parse(iso);
function eligibleAt(held, minAge) {
  const from = Math.min(time(held.publishedAt), time(held.firstSeenAt));
  return new Date((Number.isNaN(from) ? time(held.firstSeenAt) : from) + minAge).toISOString();
}
function isEligible(held, minAge, now) {
  return !minAge || time(eligibleAt(held, minAge)) <= now.getTime();
}
function holdRelease(release, now, usableTimestamp) {
  return {
    id: release.id,
    tag: release.tagName,
    publishedAt: release.publishedAt,
    firstSeenAt: now.toISOString(),
    ageFrom: usableTimestamp && time(release.publishedAt) <= now.getTime() ? "published" : "first-seen",
    createdAt: release.createdAt
  };
}
function fillMissingTimestamps(releases, known, now) {
  const missing = new Set;
  for (const release of releases) {
    if (release.draft)
      continue;
    if (typeof release.publishedAt === "string" && !Number.isNaN(time(release.publishedAt)))
      continue;
    release.publishedAt = known(release.id) ?? now.toISOString();
    missing.add(release.id);
  }
  return missing;
}

// src/github/release-lookups.ts
var unlimited = () => new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
function split(repo) {
  const [owner = "", name = ""] = repo.split("/");
  return { owner, repo: name };
}
function responseHeaders(error) {
  return error?.response?.headers;
}
async function getRelease(options) {
  const budget = options.budget ?? unlimited();
  budget.spend();
  try {
    const response = await options.client.rest.repos.getRelease({ ...split(options.repo), release_id: options.id });
    budget.observe(response.headers, response.status);
    return toUpstreamRelease(response.data);
  } catch (error) {
    if (statusOf(error) === 304)
      budget.observe(responseHeaders(error), 304);
    if (statusOf(error) === 404)
      return;
    throw lookupError(options.repo, error, `GET /repos/${options.repo}/releases/${options.id}`);
  }
}
async function listTagRefs(options) {
  const budget = options.budget ?? unlimited();
  budget.spend();
  try {
    const response = await options.client.rest.git.listMatchingRefs({
      ...split(options.repo),
      ref: options.prefix ? `tags/${options.prefix}` : "tags",
      ...options.etag ? { headers: { "if-none-match": options.etag } } : {}
    });
    budget.observe(response.headers, response.status);
    const tags = new Map;
    for (const ref of response.data) {
      if (!ref.ref.startsWith("refs/tags/"))
        continue;
      const tag = ref.ref.slice("refs/tags/".length);
      tags.set(tag, { tag, type: ref.object.type === "tag" ? "tag" : "commit", sha: ref.object.sha });
    }
    return { status: "ok", tags, ...response.headers.etag ? { etag: response.headers.etag } : {} };
  } catch (error) {
    if (statusOf(error) === 304)
      budget.observe(responseHeaders(error), 304);
    if (statusOf(error) === 304)
      return { status: "not-modified" };
    throw lookupError(options.repo, error, `GET /repos/${options.repo}/git/matching-refs/tags/${options.prefix}`);
  }
}
async function tagCommit(options) {
  if (options.ref.type === "commit")
    return options.ref.sha;
  const budget = options.budget ?? unlimited();
  budget.spend();
  try {
    const response = await options.client.rest.git.getTag({ ...split(options.repo), tag_sha: options.ref.sha });
    budget.observe(response.headers, response.status);
    return response.data.object.sha;
  } catch (error) {
    if (statusOf(error) === 304)
      budget.observe(responseHeaders(error), 304);
    throw lookupError(options.repo, error, `GET /repos/${options.repo}/git/tags/${options.ref.sha}`);
  }
}
function lookupError(repo, error, where) {
  return releasesError(repo, error, new Date, where);
}

// src/watch/change-events.ts
var RELEASE_UPDATED_TYPE = "upstream.release.updated";
var RELEASE_DELETED_TYPE = "upstream.release.deleted";
var short = (sha) => sha ? sha.slice(0, 12) : "unknown";
function releaseUpdatedEvent(options) {
  const { dispatched: was, current, change } = options;
  const previous = { ...was.commit ? { commit: was.commit } : {}, prerelease: was.prerelease };
  const key = change === "commit" ? idKey`${was.tag}@${short(was.commit)}..${short(current.commit)}` : idKey`${was.tag}@${was.prerelease ? "prerelease" : "release"}..${current.prerelease ? "prerelease" : "release"}`;
  return {
    id: githubEventId({ type: RELEASE_UPDATED_TYPE, repo: options.repo, key }),
    type: RELEASE_UPDATED_TYPE,
    source: "github",
    occurredAt: options.now.toISOString(),
    receivedAt: options.now.toISOString(),
    payload: {
      provider: "github",
      repo: options.repo,
      tag: was.tag,
      url: options.url,
      releaseId: was.id,
      change,
      previous,
      current,
      dispatchedEventId: was.eventId
    }
  };
}
function releaseDeletedEvent(options) {
  const was = options.dispatched;
  return {
    id: githubEventId({ type: RELEASE_DELETED_TYPE, repo: options.repo, key: idKey`${was.tag}@${was.id}` }),
    type: RELEASE_DELETED_TYPE,
    source: "github",
    occurredAt: options.now.toISOString(),
    receivedAt: options.now.toISOString(),
    payload: {
      provider: "github",
      repo: options.repo,
      tag: was.tag,
      releaseId: was.id,
      previous: { ...was.commit ? { commit: was.commit } : {}, prerelease: was.prerelease },
      dispatchedEventId: was.eventId
    }
  };
}

// src/watch/changes.ts
function shouldHaveBeenListed(createdAt, listing) {
  if (listing.complete)
    return true;
  const last = listing.releases.at(-1);
  return last !== undefined && Date.parse(createdAt) > Date.parse(last.createdAt);
}
async function currentRelease(lookups, id) {
  const release = await getRelease({ ...lookups, id });
  return release && !release.draft ? release : undefined;
}
async function detectChanges(options) {
  const { watch, listing, now } = options;
  const events = [];
  const earlier = [];
  const urlOf = (tag) => `https://github.com/${options.repo}/releases/tag/${tag}`;
  for (const was of options.cursor?.dispatched ?? []) {
    let nowRelease = listing.status === "ok" ? listing.releases.find((r) => r.id === was.id) : undefined;
    if (listing.status === "ok" && (nowRelease === undefined || nowRelease.draft) && shouldHaveBeenListed(was.createdAt, listing)) {
      nowRelease = await currentRelease(options, was.id);
      if (!nowRelease) {
        events.push(releaseDeletedEvent({ repo: options.repo, dispatched: was, now }));
        continue;
      }
    }
    let current = was;
    if (nowRelease && was.prerelease && !nowRelease.prerelease) {
      events.push(releaseUpdatedEvent({
        repo: options.repo,
        url: nowRelease.htmlUrl,
        dispatched: was,
        change: "prerelease",
        current: { ...was.commit ? { commit: was.commit } : {}, prerelease: false },
        now
      }));
      current = { ...was, prerelease: false };
    }
    earlier.push(current);
  }
  const dispatched = [...options.dispatchedNow.map((item) => ({ ...item })), ...earlier];
  if (dispatched.length === 0)
    return { events, dispatched };
  const unknown = dispatched.some((item) => item.tagObject === undefined);
  const etag = unknown ? undefined : options.cursor?.tagsEtag;
  const refs = await listTagRefs({ ...options, prefix: literalPrefix(watch.tags), ...etag ? { etag } : {} });
  if (refs.status === "not-modified")
    return { events, dispatched, ...etag ? { tagsEtag: etag } : {} };
  for (const item of dispatched) {
    const ref = refs.tags.get(item.tag);
    if (!ref || ref.sha === item.tagObject)
      continue;
    const commit = await tagCommit({ ...options, ref });
    if (item.tagObject !== undefined && item.commit !== undefined && commit !== item.commit) {
      events.push(releaseUpdatedEvent({
        repo: options.repo,
        url: urlOf(item.tag),
        dispatched: item,
        change: "commit",
        current: { commit, prerelease: item.prerelease },
        now
      }));
    }
    item.tagObject = ref.sha;
    item.commit = commit;
  }
  return { events, dispatched, ...refs.etag ? { tagsEtag: refs.etag } : {} };
}
function literalPrefix(patterns) {
  if (patterns.length === 0)
    return "";
  const prefixes = patterns.map((pattern) => {
    if (/^\/.*\/[a-z]*$/s.test(pattern.source))
      return "";
    const special = pattern.source.search(/[*?[\\]/);
    return special < 0 ? pattern.source : pattern.source.slice(0, special);
  });
  let common = prefixes[0] ?? "";
  for (const prefix of prefixes)
    while (!prefix.startsWith(common))
      common = common.slice(0, -1);
  return common;
}

// src/watch/release-event.ts
var RELEASE_BODY_LIMIT = 4000;
function upstreamReleaseFlowEvent(options) {
  const { release } = options;
  const repo = repoFromReleaseUrl(release.htmlUrl, options.repo);
  const payload = {
    repo,
    tag: release.tagName,
    url: release.htmlUrl,
    publishedAt: release.publishedAt,
    prerelease: release.prerelease,
    name: release.name || release.tagName,
    body: cutBody(release.body ?? "", release.htmlUrl)
  };
  return upstreamReleaseEvent(payload, options.now);
}
function repoFromReleaseUrl(url, configured) {
  const match = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/releases\//.exec(url);
  const fromUrl = match?.[1];
  return fromUrl && fromUrl.toLowerCase() === configured.toLowerCase() ? fromUrl : configured;
}
function cutBody(body, url) {
  const characters = Array.from(body);
  if (characters.length <= RELEASE_BODY_LIMIT)
    return body;
  const omitted = characters.length - RELEASE_BODY_LIMIT;
  return `${characters.slice(0, RELEASE_BODY_LIMIT).join("")}

\u2026 [release notes cut: ${omitted} more characters at ${url}]`;
}

// src/watch/select.ts
function isPublished(release) {
  return !release.draft && typeof release.publishedAt === "string" && release.publishedAt !== "";
}
function matchesWatch(release, watch) {
  if (!isPublished(release))
    return false;
  if (release.prerelease && !watch.prereleases)
    return false;
  return matchesTag(watch.tags, release.tagName);
}
var time2 = (iso) => Date.parse(iso);
function byPublication(a, b) {
  return time2(a.publishedAt) - time2(b.publishedAt) || a.id - b.id;
}
function reachedKnownReleases(page, watch, cursor) {
  const published = page.filter(isPublished);
  if (cursor) {
    const seen = new Set(cursor.seen.map((release) => release.id));
    const watermark = cursor.watermark ? time2(cursor.watermark) : undefined;
    return published.some((release) => seen.has(release.id) || watermark !== undefined && time2(release.publishedAt) < watermark);
  }
  switch (watch.since.kind) {
    case "latest":
      return published.some((release) => matchesWatch(release, watch));
    case "date": {
      const since = time2(watch.since.date);
      return published.some((release) => time2(release.publishedAt) < since);
    }
    case "all":
      return false;
  }
}
function selectNewReleases(releases, watch, cursor) {
  const matching = releases.filter((release) => matchesWatch(release, watch)).sort(byPublication);
  if (cursor)
    return matching.filter((release) => isNewSince(release, watch, cursor));
  switch (watch.since.kind) {
    case "latest":
      return matching.slice(-1);
    case "date": {
      const since = time2(watch.since.date);
      return matching.filter((release) => time2(release.publishedAt) >= since);
    }
    case "all":
      return matching;
  }
}
function isNewSince(release, watch, cursor) {
  const prior = cursor.seen.find((seen) => seen.id === release.id);
  if (prior)
    return prior.prerelease && !release.prerelease && !watch.prereleases;
  return cursor.watermark === undefined || time2(release.publishedAt) >= time2(cursor.watermark);
}
function nextCursor(options) {
  const byId = new Map;
  for (const seen of options.previous?.seen ?? [])
    byId.set(seen.id, seen);
  for (const release of options.releases.filter(isPublished)) {
    byId.set(release.id, {
      id: release.id,
      tag: release.tagName,
      publishedAt: release.publishedAt,
      prerelease: release.prerelease
    });
  }
  const seen = [...byId.values()].sort((a, b) => time2(b.publishedAt) - time2(a.publishedAt) || b.id - a.id).slice(0, SEEN_RELEASES_KEPT);
  const newest = seen[0]?.publishedAt;
  const watermark = [options.previous?.watermark, newest].filter((value) => value !== undefined).sort((a, b) => time2(b) - time2(a))[0];
  return {
    format: WATCH_CURSOR_FORMAT,
    repo: options.repo,
    ...options.etag ? { etag: options.etag } : {},
    ...watermark ? { watermark } : {},
    seen,
    polledAt: options.now.toISOString()
  };
}
function cursorChanged(previous, next) {
  if (!previous)
    return true;
  const key = ({ polledAt: _polledAt, seen, ...rest }) => JSON.stringify([rest.etag, rest.deepEtag, rest.tagsEtag, rest.etagAt, rest.watermark, rest.checkedAt, rest.pending ?? [], rest.dispatched ?? [], seen.map((item) => [item.id, item.prerelease])]);
  return key(previous) !== key(next);
}

// src/watch/poll-repository.ts
var CHECKED_AT_REFRESH_MS = 6 * 3600000;
async function pollRepository(options) {
  const { watch, cursor, now, budget } = options;
  const lookups = { client: options.client, repo: watch.repo, budget };
  const before = budget.used;
  const redeliver = cursor?.redeliver ?? [];
  const conditional = redeliver.length === 0;
  const listing = await listReleases({
    client: options.client,
    repo: watch.repo,
    ...conditional && cursor?.etag ? { etag: cursor.etag } : {},
    ...conditional && cursor?.deepEtag ? { deepEtag: cursor.deepEtag } : {},
    isEnough: (page) => reachedKnownReleases(page, watch, cursor),
    ...options.maxPages ? { maxPages: options.maxPages } : {},
    backoff: options.backoff,
    budget
  });
  const listed = listing.status === "ok" ? listing.releases : undefined;
  const known = (id) => cursor?.seen.find((seen) => seen.id === id)?.publishedAt ?? cursor?.pending?.find((held) => held.id === id)?.publishedAt;
  const untimed = listed ? fillMissingTimestamps(listed, known, now) : new Set;
  const fresh = listed ? selectNewReleases(listed, watch, cursor) : [];
  const notFound = [];
  for (const tag of redeliver) {
    const release = listed?.find((candidate) => candidate.tagName === tag);
    if (release && matchesWatch(release, watch)) {
      if (!fresh.some((item) => item.id === release.id))
        fresh.push(release);
    } else
      notFound.push(tag);
  }
  const held = [];
  const dropped = [];
  const ready = [];
  for (const release of fresh) {
    const hold = holdRelease(release, now, !untimed.has(release.id));
    if (isEligible(hold, watch.minAge, now))
      ready.push(release);
    else
      held.push(hold);
  }
  for (const hold of cursor?.pending ?? []) {
    if (fresh.some((release) => release.id === hold.id))
      continue;
    const listedNow = listed?.find((candidate) => candidate.id === hold.id);
    const eligible = isEligible(hold, watch.minAge, now);
    const missing = listing.status === "ok" && (!listedNow || listedNow.draft) && shouldHaveBeenListed(hold.createdAt, listing);
    let release = listedNow && !listedNow.draft ? withTime(listedNow, hold) : undefined;
    if (!eligible && !missing) {
      if (release && !matchesWatch(release, watch))
        dropped.push({ tag: hold.tag, reason: mismatch(release) });
      else
        held.push(hold);
      continue;
    }
    if (!release) {
      const current = await currentRelease(lookups, hold.id);
      release = current ? withTime(current, hold) : undefined;
    }
    if (!release)
      dropped.push({ tag: hold.tag, reason: "deleted (or unpublished) while pending" });
    else if (!matchesWatch(release, watch))
      dropped.push({ tag: hold.tag, reason: mismatch(release) });
    else if (eligible)
      ready.push(release);
    else
      held.push(hold);
  }
  ready.sort(byPublication);
  const releaseEvents = ready.map((release) => upstreamReleaseFlowEvent({ repo: watch.repo, release, now }));
  const dispatchedNow = ready.map((release, index) => ({
    id: release.id,
    tag: release.tagName,
    eventId: releaseEvents[index]?.id ?? "",
    prerelease: release.prerelease,
    createdAt: release.createdAt,
    dispatchedAt: now.toISOString(),
    .../^[0-9a-f]{40}$/.test(release.targetCommitish) ? { commit: release.targetCommitish } : {}
  })).reverse();
  const changes = watch.updates ? await detectChanges({ ...lookups, watch, cursor, listing, dispatchedNow, now }) : { events: [], dispatched: [...dispatchedNow, ...cursor?.dispatched ?? []] };
  const base = listing.status === "ok" ? {
    ...nextCursor({ repo: watch.repo, previous: cursor, releases: listing.releases, etag: listing.etag, now }),
    ...listing.deepEtag ? { deepEtag: listing.deepEtag } : {},
    ...listing.etag ? { etagAt: listing.etag === cursor?.etag ? cursor.etagAt ?? now.toISOString() : now.toISOString() } : {},
    checkedAt: now.toISOString()
  } : { ...cursor, ...checkedLongAgo(cursor, now) ? { checkedAt: now.toISOString() } : {} };
  const next = {
    ...base,
    pending: held.sort((a, b) => Date.parse(eligibleAt(a, watch.minAge ?? 0)) - Date.parse(eligibleAt(b, watch.minAge ?? 0))),
    dispatched: changes.dispatched.slice(0, DISPATCHED_RELEASES_KEPT)
  };
  delete next.tagsEtag;
  delete next.redeliver;
  const tagsEtag = "tagsEtag" in changes ? changes.tagsEtag : undefined;
  if (tagsEtag)
    next.tagsEtag = tagsEtag;
  const events = [...releaseEvents, ...changes.events];
  const report = describe({ watch, cursor, listing, events, releaseEvents: releaseEvents.length, held, dropped, requests: budget.used - before });
  if (notFound.length > 0) {
    const note = `not delivered again (not among the releases read, or no longer matching): ${notFound.join(", ")}`;
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  options.log?.(`${watch.repo}: ${releaseEvents.length} new release(s)${report.message ? ` \u2014 ${report.message}` : ""}.`);
  return { report, events, ...cursorChanged(cursor, next) ? { cursor: next } : {} };
}
function withTime(release, hold) {
  return { ...release, publishedAt: release.publishedAt ?? hold.publishedAt };
}
function mismatch(release) {
  return release.prerelease ? "became a prerelease while pending" : "no longer matches the watch";
}
function checkedLongAgo(cursor, now) {
  const checked = Date.parse(cursor?.checkedAt ?? cursor?.polledAt ?? "");
  return Number.isNaN(checked) || now.getTime() - checked >= CHECKED_AT_REFRESH_MS;
}
function describe(options) {
  const { watch, listing, held, dropped } = options;
  const notes = [];
  if (!options.cursor)
    notes.push(`first poll (since ${watch.since.kind === "date" ? watch.since.date : watch.since.kind})`);
  if (listing.status === "ok" && listing.truncated) {
    notes.push(`stopped after ${listing.pages} pages; older releases were not looked at (raise maxPages to look further)`);
  }
  const tags = (events) => events.map((event) => String(event.payload.tag)).join(", ");
  const releases = options.events.filter((event) => event.type === "upstream.release");
  const changed = options.events.filter((event) => event.type !== "upstream.release");
  if (releases.length > 0)
    notes.push(`new: ${tags(releases)}`);
  if (changed.length > 0)
    notes.push(`changed: ${changed.map((event) => `${String(event.payload.tag)} (${event.type.replace("upstream.release.", "")})`).join(", ")}`);
  const heldReports = held.map((item) => ({ tag: item.tag, eligibleAt: eligibleAt(item, watch.minAge ?? 0), ageFrom: item.ageFrom }));
  if (heldReports.length > 0)
    notes.push(`pending: ${heldReports.map((item) => `${item.tag} until ${item.eligibleAt}`).join(", ")}`);
  if (dropped.length > 0)
    notes.push(`dropped: ${dropped.map((item) => `${item.tag} (${item.reason})`).join(", ")}`);
  return {
    repo: watch.repo,
    status: listing.status === "ok" ? "ok" : "not-modified",
    newReleases: options.releaseEvents,
    pages: listing.pages,
    requests: options.requests,
    ...notes.length > 0 ? { message: notes.join("; ") } : {},
    ...heldReports.length > 0 ? { held: heldReports } : {},
    ...dropped.length > 0 ? { dropped } : {},
    ...changed.length > 0 ? { changes: changed.length } : {}
  };
}

// src/watch/rotation.ts
var WATCH_ROTATION_EVENT_ID = "flows-action:watch-rotation";
var KEY = { eventId: WATCH_ROTATION_EVENT_ID, type: `${INTERNAL_EVENT_TYPE_PREFIX}watch-rotation`, runId: "watch-rotation" };
async function loadWatchRotation(store) {
  const value = await loadInternalValue(store, KEY, "rotation");
  if (typeof value !== "object" || value === null)
    return {};
  const { next, reason } = value;
  return { ...typeof next === "string" ? { next } : {}, ...typeof reason === "string" ? { reason } : {} };
}
async function saveWatchRotation(store, rotation, now) {
  await saveInternalValue({
    store,
    ...KEY,
    field: "rotation",
    value: rotation,
    message: rotation.next ? `the next poll starts with ${rotation.next}` : "the next poll starts with the first watched repository",
    payload: {},
    now
  });
}
function rotate(watches, next) {
  const start = next ? watches.findIndex((watch) => watch.repo.toLowerCase() === next) : -1;
  return start <= 0 ? [...watches] : [...watches.slice(start), ...watches.slice(0, start)];
}

// src/watch/poll.ts
async function collectUpstreamReleases(options) {
  const now = options.now ?? (() => new Date);
  const log = options.log ?? (() => {});
  const backoff = new RateLimitBackoff({ ...options.rateLimit, log });
  const budget = new RequestBudget(options.budget);
  const rotation = await loadWatchRotation(options.store);
  const byRepo = new Map;
  const pending = { events: [], reports: [], cursors: new Map, repoOf: new Map, requests: { requests: 0, notModified: 0, maxRequests: budget.max } };
  let stop;
  let notPolled = 0;
  for (const watch of rotate(options.watches, rotation.next)) {
    if (stop) {
      notPolled++;
      byRepo.set(watch.repo, { repo: watch.repo, status: "not-polled", newReleases: 0, message: `not polled: ${stop.reason}; it is polled first next time` });
      continue;
    }
    const waitedBefore = backoff.waitedSeconds;
    const usedBefore = budget.used;
    try {
      const cursor = await loadWatchCursor(options.store, watch.repo);
      const poll = () => pollRepository({ ...options, watch, cursor, backoff, budget, now: now() });
      const polled = usedBefore === 0 ? await budget.exempt(poll) : await poll();
      byRepo.set(watch.repo, withWait(polled.report, backoff.waitedSeconds - waitedBefore));
      for (const event of polled.events)
        pending.repoOf.set(event.id, watch.repo);
      pending.events.push(...polled.events);
      if (polled.cursor)
        pending.cursors.set(watch.repo, polled.cursor);
    } catch (error) {
      const requests = budget.used - usedBefore;
      if (error instanceof RequestBudgetExhausted) {
        stop = { reason: error.message, at: watch.repo };
        notPolled++;
        byRepo.set(watch.repo, { repo: watch.repo, status: "not-polled", newReleases: 0, requests, message: `not polled: ${error.message}; it is polled first next time` });
        log(`Stopping this poll: ${error.message}. ${watch.repo} and the repositories after it are polled first next time.`);
        continue;
      }
      const reason = error instanceof GitHubReleasesError ? error.message : `polling ${watch.repo} failed: ${error instanceof Error ? error.message : String(error)}`;
      if (error instanceof GitHubReleasesError && (error.rateLimit || error.unreachable))
        stop = { reason: error.message, at: watch.repo };
      const message = `${reason} (${watch.repo} is watched by ${watch.origin}.)`;
      log(message);
      byRepo.set(watch.repo, withWait({ repo: watch.repo, status: "error", newReleases: 0, requests, message }, backoff.waitedSeconds - waitedBefore));
    }
  }
  pending.reports = options.watches.map((watch) => byRepo.get(watch.repo));
  pending.events.sort((a, b) => Date.parse(a.occurredAt ?? a.receivedAt ?? "") - Date.parse(b.occurredAt ?? b.receivedAt ?? ""));
  pending.requests = {
    requests: budget.used,
    notModified: budget.notModified,
    maxRequests: budget.max,
    ...budget.rateRemaining !== undefined ? { rateRemaining: budget.rateRemaining } : {},
    ...stop ? { stopped: { reason: stop.reason, notPolled, nextRepo: stop.at } } : {}
  };
  const next = stop?.at.toLowerCase();
  if (next !== rotation.next)
    pending.rotation = next ? { next, reason: stop?.reason ?? "" } : {};
  return pending;
}
function withWait(report, seconds) {
  return seconds > 0 ? { ...report, waitedSeconds: seconds } : report;
}
async function savePendingCursors(store, pending, skip, now) {
  const clock = now ?? (() => new Date);
  for (const [repo, cursor] of pending.cursors) {
    if (!skip.has(repo))
      await saveWatchCursor({ store, cursor, now: clock() });
  }
  if (pending.rotation)
    await saveWatchRotation(store, pending.rotation, clock());
}

// src/watch/dispatch.ts
async function watchAndDispatch(options) {
  const dryRun = options.dryRun === true;
  const pending = await collectUpstreamReleases(options);
  const base = options.dispatchOptions;
  const discovery = pending.events.length === 0 ? undefined : base.discovery ?? await discoverFlows({ repoRoot: base.repoRoot, roots: base.roots });
  const outcomes = [];
  const failedRepos = new Set;
  for (const event of pending.events) {
    const repo = pending.repoOf.get(event.id) ?? "";
    if (failedRepos.has(repo))
      continue;
    try {
      outcomes.push(await dispatch(event, {
        ...base,
        ...discovery ? { discovery } : {},
        ...options.now && !base.now ? { now: options.now } : {},
        store: options.store,
        dryRun
      }));
    } catch (error) {
      failedRepos.add(repo);
      const reason = error instanceof Error ? error.message : String(error);
      const message = `dispatching ${event.id} failed: ${reason}; the release will be polled again next time.`;
      options.log?.(message);
      const report = pending.reports.find((item) => item.repo === repo);
      if (report) {
        report.status = "error";
        report.message = report.message ? `${report.message}; ${message}` : message;
      }
    }
  }
  if (!dryRun)
    await savePendingCursors(options.store, pending, failedRepos, options.now);
  return { events: pending.events, reports: pending.reports, requests: pending.requests, outcomes, dryRun };
}
// src/watch/status.ts
async function watchStatus(options) {
  const now = options.now ?? new Date;
  const repositories = [];
  for (const watch of options.watches) {
    const cursor = await loadWatchCursor(options.store, watch.repo);
    const last = cursor?.dispatched?.[0];
    const etagAt = cursor?.etag ? cursor.etagAt ?? cursor.polledAt : undefined;
    repositories.push({
      repo: watch.repo,
      origin: watch.origin,
      ...watch.minAge ? { minAge: watch.minAge } : {},
      updates: watch.updates === true,
      polled: cursor !== undefined,
      ...cursor ? { lastPoll: cursor.checkedAt ?? cursor.polledAt, lastChange: cursor.polledAt } : {},
      ...etagAt ? { etagAt, etagAgeSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(etagAt)) / 1000)) } : {},
      pending: (cursor?.pending ?? []).map((held) => ({ tag: held.tag, eligibleAt: eligibleAt(held, watch.minAge ?? 0), ageFrom: held.ageFrom })),
      ...last ? { lastDispatched: { tag: last.tag, eventId: last.eventId, at: last.dispatchedAt } } : {},
      tracked: cursor?.dispatched?.length ?? 0,
      redeliver: cursor?.redeliver ?? []
    });
  }
  const rotation = await loadWatchRotation(options.store);
  return {
    at: now.toISOString(),
    repositories,
    ...rotation.next ? { nextPollStartsWith: rotation.next } : {}
  };
}
function formatAge(seconds) {
  const units = [["d", 86400], ["h", 3600], ["m", 60], ["s", 1]];
  const parts = [];
  let rest = Math.max(0, Math.round(seconds));
  for (const [unit, size] of units) {
    if (rest >= size || unit === "s" && parts.length === 0) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
    if (parts.length === 2)
      break;
  }
  return parts.join(" ");
}
function shortTime(iso) {
  return iso.replace("T", " ").replace(/:\d{2}(?:\.\d+)?Z$/, "Z");
}
function renderWatchStatusText(status) {
  const now = Date.parse(status.at);
  const ago = (iso) => `${shortTime(iso)} (${formatAge((now - Date.parse(iso)) / 1000)} ago)`;
  const lines = [];
  for (const repo of status.repositories) {
    const options = [repo.minAge ? `min-age ${formatAge(repo.minAge / 1000)}` : undefined, repo.updates ? "updates" : undefined].filter(Boolean);
    lines.push(`${repo.repo}${options.length > 0 ? ` (${options.join(", ")})` : ""} \u2014 ${repo.origin}`);
    if (!repo.polled) {
      lines.push("  not polled yet");
      continue;
    }
    lines.push(`  last poll        ${repo.lastPoll ? ago(repo.lastPoll) : "unknown"}`);
    lines.push(`  ETag age         ${repo.etagAgeSeconds === undefined ? "no ETag" : formatAge(repo.etagAgeSeconds)}`);
    if (repo.pending.length === 0)
      lines.push("  pending          none");
    for (const [index, held] of repo.pending.entries()) {
      const eligible = Date.parse(held.eligibleAt);
      const when = eligible <= now ? "eligible now: dispatched by the next poll" : `eligible ${shortTime(held.eligibleAt)} (in ${formatAge((eligible - now) / 1000)})`;
      lines.push(`  ${index === 0 ? "pending         " : "                "} ${held.tag} \u2014 ${when}`);
    }
    lines.push(`  last dispatched  ${repo.lastDispatched ? `${repo.lastDispatched.tag} at ${shortTime(repo.lastDispatched.at)}` : "none"}`);
    if (repo.redeliver.length > 0)
      lines.push(`  to deliver again ${repo.redeliver.join(", ")}`);
  }
  if (status.nextPollStartsWith)
    lines.push("", `The last poll stopped early; the next one starts with ${status.nextPollStartsWith}.`);
  return `${lines.join(`
`)}
`;
}
export {
  WatchConfigError,
  loadWatchConfig,
  renderWatchStatusText,
  watchAndDispatch,
  watchStatus
};
