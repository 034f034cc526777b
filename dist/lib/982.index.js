export const id = 982;
export const ids = [982];
export const modules = {

/***/ 49982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_WATCH_CONFIG_FILE: () => (/* reexport */ DEFAULT_WATCH_CONFIG_FILE),
  INTERNAL_EVENT_TYPE_PREFIX: () => (/* reexport */ query/* INTERNAL_EVENT_TYPE_PREFIX */.PV),
  RELEASE_BODY_LIMIT: () => (/* reexport */ RELEASE_BODY_LIMIT),
  WATCH_CURSOR_EVENT_TYPE: () => (/* reexport */ WATCH_CURSOR_EVENT_TYPE),
  WATCH_OPTIONS_HELP: () => (/* reexport */ WATCH_OPTIONS_HELP),
  WatchConfigError: () => (/* reexport */ WatchConfigError),
  isInternalEventType: () => (/* reexport */ isInternalEventType),
  loadWatchConfig: () => (/* reexport */ loadWatchConfig),
  loadWatchCursor: () => (/* reexport */ loadWatchCursor),
  parseTagPattern: () => (/* reexport */ parseTagPattern),
  parseWatchInput: () => (/* reexport */ parseWatchInput),
  parseWatchToml: () => (/* reexport */ parseWatchToml),
  pollUpstreamReleases: () => (/* reexport */ pollUpstreamReleases),
  upstreamReleaseFlowEvent: () => (/* reexport */ upstreamReleaseFlowEvent),
  watchAndDispatch: () => (/* reexport */ watchAndDispatch),
  watchCursorEventId: () => (/* reexport */ watchCursorEventId)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./.build/watch/config-values.js
/** The watch configuration cannot be used; each problem says where and what to change. */
class WatchConfigError extends Error {
    name = "WatchConfigError";
    problems;
    constructor(problems) {
        super(problems.map(describeProblem).join("\n"));
        this.problems = problems;
    }
}
function describeProblem(problem) {
    const position = [problem.line, problem.column].filter((part) => part !== undefined).join(":");
    const where = problem.file ? `${problem.file}${position ? `:${position}` : ""}: ` : "";
    return `${where}${problem.message}`;
}
const WATCH_OPTIONS_HELP = "prereleases=true|false, tags=<glob like rust-v* or /regex/>, since=latest|all|<ISO date>";
const REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
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
    // Dates without an offset are taken as UTC.
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
/** The closest known option name, for "did you mean" hints on typos. */
function suggestOption(name, known) {
    const lower = name.toLowerCase();
    const close = known.find((option) => option.startsWith(lower.slice(0, 3)) || lower.startsWith(option.slice(0, 3)));
    return close ? `; did you mean "${close}"?` : "";
}

;// CONCATENATED MODULE: ./.build/watch/tag-pattern.js
// Tag filters for watched repositories: a glob (`rust-v*`) or a regular expression
// (`/^rust-v\d+\.\d+\.\d+$/`). picomatch is not a dependency, and tags need far less than
// path globs: `*` (any run of characters, `/` included, since tags like `release/1.2` are
// common), `?` (one character) and `[...]` classes (`[!...]` or `[^...]` negated).
/** Parse a glob or `/regex/flags`; throws an Error whose message says what to fix. */
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
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`/${body}/ is not a valid regular expression (${reason})`);
    }
}
/** The whole tag must match the glob. */
function globToRegExp(glob) {
    let out = "";
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i] ?? "";
        if (char === "*") {
            out += ".*";
        }
        else if (char === "?") {
            out += ".";
        }
        else if (char === "[") {
            const end = glob.indexOf("]", i + 2);
            if (end < 0)
                throw new Error(`"${glob}" has a "[" without a closing "]"; write \\[ for a literal bracket`);
            let body = glob.slice(i + 1, end);
            const negated = body.startsWith("!") || body.startsWith("^");
            if (negated)
                body = body.slice(1);
            out += `[${negated ? "^" : ""}${body.replace(/[\\\]]/g, "\\$&")}]`;
            i = end;
        }
        else if (char === "\\" && i + 1 < glob.length) {
            out += escapeRegExp(glob[i + 1] ?? "");
            i++;
        }
        else {
            out += escapeRegExp(char);
        }
    }
    return new RegExp(`^${out}$`, "s");
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

;// CONCATENATED MODULE: ./.build/watch/config-input.js
// The action input `watch`: one repository per line, options after it as key=value words.
//
//   openai/codex tags=rust-v* prereleases=true
//   oven-sh/bun since=2025-01-01   # comments start with #
//
// A value holding spaces may be double-quoted: tags="/^v\d+ beta$/". `tags=` may be repeated.


const OPTIONS = ["prereleases", "tags", "since"];
/** Parse the `watch` input; throws WatchConfigError naming every bad line. */
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
            origin: `${inputName} line ${line}`,
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
    }
    else if (key === "since") {
        const checked = checkSince(value);
        if ("problem" in checked)
            fail(checked.problem);
        else
            watch.since = checked.since;
    }
    else {
        try {
            watch.tags.push(parseTagPattern(value));
        }
        catch (error) {
            fail(`tags for ${watch.repo}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}
/** `#` starts a comment at the start of a line or after whitespace, outside quotes. */
function stripComment(line) {
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '"')
            quoted = !quoted;
        if (!quoted && line[i] === "#" && (i === 0 || /\s/.test(line[i - 1] ?? "")))
            return line.slice(0, i);
    }
    return line;
}
/** Whitespace-separated words; `"..."` keeps spaces (quotes removed). undefined: unclosed quote. */
function splitWords(line) {
    const words = [];
    let current = "";
    let quoted = false;
    let started = false;
    for (const char of line) {
        if (char === '"') {
            quoted = !quoted;
            started = true;
        }
        else if (!quoted && /\s/.test(char)) {
            if (started)
                words.push(current);
            current = "";
            started = false;
        }
        else {
            current += char;
            started = true;
        }
    }
    if (quoted)
        return undefined;
    if (started)
        words.push(current);
    return words;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./.build/flows/toml-locator.js
var toml_locator = __webpack_require__(92797);
;// CONCATENATED MODULE: ./.build/watch/config-toml.js
// `[[watch]]` tables in `.github/flows.toml`:
//
//   [[watch]]
//   repo = "openai/codex"
//   tags = "rust-v*"          # or a list: ["rust-v*", "/^cli-v\\d+/"]
//   prereleases = false
//   since = "latest"          # "all", or a date: 2025-01-31 / "2025-01-31T12:00:00Z"
//
// Other top-level keys of the file belong to other features and are left alone.




const KEYS = ["repo", "prereleases", "tags", "since"];
/** Parse the `[[watch]]` tables of a flows.toml text; `file` names it in messages. */
function parseWatchToml(text, file) {
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof dist/* TomlError */.zx) {
            const reason = error.message.split("\n", 1)[0] ?? error.message;
            throw new WatchConfigError([{ file, line: error.line, column: error.column, message: `is not valid TOML: ${reason}` }]);
        }
        throw error;
    }
    const tables = document.watch;
    if (tables === undefined)
        return [];
    const locator = new toml_locator/* TomlLocator */.v(text);
    const problems = [];
    const fail = (path, message) => {
        const at = locator.locate(path);
        problems.push({ file, ...(at ? { line: at.line, column: at.column } : {}), message });
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
        return undefined;
    }
    const at = locator.header(path) ?? locator.locate(path);
    const watch = {
        repo: repo.repo,
        prereleases: false,
        tags: [],
        since: { kind: "latest" },
        origin: `${file}${at ? `:${at.line}` : ""}`,
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
    if (table.tags !== undefined) {
        const values = Array.isArray(table.tags) ? table.tags : [table.tags];
        for (const value of values) {
            if (typeof value !== "string") {
                report("tags", 'tags must be a string or a list of strings, e.g. tags = "rust-v*"');
                continue;
            }
            try {
                watch.tags.push(parseTagPattern(value));
            }
            catch (error) {
                report("tags", `tags: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    }
    return errors > 0 ? undefined : watch;
}

;// CONCATENATED MODULE: ./.build/watch/config.js
// Which upstream repositories to watch, from the action input `watch` and/or `[[watch]]`
// tables in `.github/flows.toml`. Both forms accept the same options; see
// docs/upstream-releases.md. A repository may be listed once across both sources: two
// entries would share one cursor and disagree on filters, so that is an error, not a merge.








const DEFAULT_WATCH_CONFIG_FILE = ".github/flows.toml";
/** Every watched repository from the input and the config file, input entries first. */
async function loadWatchConfig(options) {
    const relative = options.configFile ?? DEFAULT_WATCH_CONFIG_FILE;
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(options.repoRoot, relative), "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code !== "ENOENT" || options.configFile !== undefined) {
            throw new WatchConfigError([
                { file: relative, message: `cannot be read (${code ?? String(error)}); check that it exists and is readable.` },
            ]);
        }
    }
    const problems = [];
    const collect = (parse) => {
        try {
            return parse();
        }
        catch (error) {
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
/** A repository listed twice (names compare case-insensitively, like GitHub's). */
function duplicateProblems(watches) {
    const first = new Map();
    const problems = [];
    for (const watch of watches) {
        const key = watch.repo.toLowerCase();
        const earlier = first.get(key);
        if (!earlier) {
            first.set(key, watch);
            continue;
        }
        problems.push({
            message: `${watch.repo} is watched twice (${earlier.origin} and ${watch.origin}); keep one entry and put every tag pattern in it (tags= may be given more than once).`,
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./.build/state/query.js
var query = __webpack_require__(89176);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __webpack_require__(39709);
;// CONCATENATED MODULE: ./.build/watch/cursor.js



const WATCH_CURSOR_EVENT_TYPE = `${query/* INTERNAL_EVENT_TYPE_PREFIX */.PV}watch-cursor`;
const CURSOR_RUN_ID = "watch-cursor";
const WATCH_CURSOR_FORMAT = 1;
/** Releases remembered per repository; older ones are recognised by `watermark`. */
const SEEN_RELEASES_KEPT = 200;
function isInternalEventType(type) {
    return type.startsWith(query/* INTERNAL_EVENT_TYPE_PREFIX */.PV);
}
function watchCursorEventId(repo) {
    return `flows-action:watch-cursor:${repo.toLowerCase()}`;
}
/** The stored cursor, or undefined (never polled, or unreadable: then the first poll repeats). */
async function loadWatchCursor(store, repo) {
    const record = await store.loadEvent(watchCursorEventId(repo));
    const run = record?.runs.find((candidate) => candidate.id === CURSOR_RUN_ID);
    return parseCursor(run?.resultPayload?.cursor);
}
async function saveWatchCursor(options) {
    const { store, cursor } = options;
    const eventId = watchCursorEventId(cursor.repo);
    const stored = await store.loadEvent(eventId);
    const previous = stored?.runs.find((run) => run.id === CURSOR_RUN_ID);
    // Strictly later than what is stored: equal timestamps would keep the stored cursor.
    const floor = previous ? Date.parse(previous.updatedAt) + 1 : 0;
    const at = new Date(Math.max(options.now.getTime(), floor)).toISOString();
    const run = {
        id: CURSOR_RUN_ID,
        eventId,
        flowName: "flows-action",
        flowVersion: 1,
        stepName: "watch-cursor",
        runner: "bun",
        processStatus: "completed",
        resultStatus: "completed",
        effectiveStatus: "completed",
        needsAttention: false,
        attempts: [{ id: `${CURSOR_RUN_ID}_1`, number: 1, status: "completed", startedAt: at, completedAt: at }],
        resultPayload: { status: "completed", message: `watch cursor of ${cursor.repo}`, cursor: { ...cursor, polledAt: at } },
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
    };
    const record = {
        formatVersion: types/* RECORD_FORMAT_VERSION */.Z,
        event: {
            id: eventId,
            type: WATCH_CURSOR_EVENT_TYPE,
            source: "flows-action",
            receivedAt: stored?.event.receivedAt ?? at,
            payload: { repo: cursor.repo },
        },
        runs: [run],
        firstDispatchedAt: stored?.firstDispatchedAt ?? at,
        updatedAt: at,
        dispatchCount: (stored?.dispatchCount ?? 0) + 1,
    };
    await store.saveEvent(record);
}
function parseCursor(value) {
    if (typeof value !== "object" || value === null)
        return undefined;
    const cursor = value;
    if (cursor.format !== WATCH_CURSOR_FORMAT || typeof cursor.repo !== "string" || !Array.isArray(cursor.seen)) {
        return undefined;
    }
    const seen = cursor.seen.filter((item) => typeof item === "object" &&
        item !== null &&
        typeof item.id === "number" &&
        typeof item.tag === "string" &&
        typeof item.publishedAt === "string" &&
        typeof item.prerelease === "boolean");
    return {
        format: WATCH_CURSOR_FORMAT,
        repo: cursor.repo,
        ...(typeof cursor.etag === "string" ? { etag: cursor.etag } : {}),
        ...(typeof cursor.watermark === "string" ? { watermark: cursor.watermark } : {}),
        seen,
        polledAt: typeof cursor.polledAt === "string" ? cursor.polledAt : "",
    };
}

// EXTERNAL MODULE: ./.build/engine/dispatch.js + 2 modules
var dispatch = __webpack_require__(80565);
// EXTERNAL MODULE: ./.build/flows/index.js + 6 modules
var flows = __webpack_require__(28001);
;// CONCATENATED MODULE: ./.build/github/releases.js
/** A request for releases failed; `rateLimit` is set when GitHub refused it for a rate limit. */
class GitHubReleasesError extends Error {
    name = "GitHubReleasesError";
    repo;
    /** HTTP status, or undefined when no response came (network error). */
    status;
    rateLimit;
    constructor(options) {
        super(options.message);
        this.repo = options.repo;
        this.status = options.status;
        if (options.rateLimit)
            this.rateLimit = options.rateLimit;
    }
}
/**
 * Waits out rate limits, within one budget shared by every request of a poll, so a poll of
 * many repositories cannot stall a job for long. Beyond the budget the error is rethrown.
 */
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
        this.#log = options.log ?? (() => { });
    }
    async run(request) {
        for (let retry = 0;; retry++) {
            try {
                return await request();
            }
            catch (error) {
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
const PER_PAGE = 100;
/** GET /repos/{owner}/{repo}/releases, page by page, until `isEnough` or the last page. */
async function listReleases(options) {
    const [owner = "", repo = ""] = options.repo.split("/");
    const backoff = options.backoff ?? new RateLimitBackoff();
    const maxPages = options.maxPages ?? 10;
    const releases = [];
    let etag;
    for (let page = 1; page <= maxPages; page++) {
        const response = await backoff.run(() => requestPage(options.client, { owner, repo, page, ...(page === 1 && options.etag ? { etag: options.etag } : {}) }));
        if (response === "not-modified")
            return { status: "not-modified", pages: 0 };
        if (page === 1)
            etag = response.etag;
        releases.push(...response.releases);
        if (!response.hasNext || options.isEnough(response.releases)) {
            return { status: "ok", releases, ...(etag ? { etag } : {}), pages: page, truncated: false };
        }
    }
    return { status: "ok", releases, ...(etag ? { etag } : {}), pages: maxPages, truncated: true };
}
async function requestPage(client, request) {
    const { owner, repo, page } = request;
    try {
        const response = await client.rest.repos.listReleases({
            owner,
            repo,
            per_page: PER_PAGE,
            // The first page is always asked for the same way, so its ETag stays comparable.
            ...(page > 1 ? { page } : {}),
            ...(request.etag ? { headers: { "if-none-match": request.etag } } : {}),
        });
        const etag = response.headers.etag;
        return {
            releases: response.data.map((release) => ({
                id: release.id,
                tagName: release.tag_name,
                name: release.name,
                body: release.body ?? null,
                draft: release.draft,
                prerelease: release.prerelease,
                publishedAt: release.published_at,
                createdAt: release.created_at,
                htmlUrl: release.html_url,
            })),
            ...(etag ? { etag } : {}),
            hasNext: /\brel="next"/.test(response.headers.link ?? ""),
        };
    }
    catch (error) {
        if (statusOf(error) === 304)
            return "not-modified";
        throw releasesError(`${owner}/${repo}`, error);
    }
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === "number" ? status : undefined;
}
/** Turn an Octokit error into a sentence that says what to check. */
function releasesError(repo, error, now = new Date()) {
    const status = statusOf(error);
    const shape = (error ?? {});
    const headers = shape.response?.headers ?? {};
    const where = `GET /repos/${repo}/releases`;
    const rateLimit = rateLimitOf(status, headers, String(shape.message ?? ""), now);
    if (rateLimit) {
        const until = rateLimit.resetAt ? ` until ${rateLimit.resetAt}` : ` for about ${rateLimit.retryAfterSeconds} s`;
        const what = rateLimit.kind === "primary" ? "the API rate limit is used up" : "a secondary rate limit applies";
        return new GitHubReleasesError({
            repo,
            status,
            rateLimit,
            message: `GitHub refused ${where} (${status}): ${what}${until}. Poll less often, watch fewer repositories, or use a token with a higher limit.`,
        });
    }
    if (status === 404) {
        return new GitHubReleasesError({
            repo,
            status,
            message: `GitHub answered 404 for ${where}: the repository ${repo} does not exist or this token cannot read it. Check the name, and for a private repository use a token with read access to it.`,
        });
    }
    if (status === 401) {
        return new GitHubReleasesError({
            repo,
            status,
            message: `GitHub answered 401 for ${where}: the token is missing, expired or revoked.`,
        });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new GitHubReleasesError({
        repo,
        status,
        message: status === undefined
            ? `${where} failed before GitHub answered: ${detail}`
            : `GitHub answered ${status} for ${where}: ${detail}. It will be tried again on the next poll.`,
    });
}
function rateLimitOf(status, headers, message, now) {
    if (status !== 403 && status !== 429)
        return undefined;
    const header = (name) => {
        const value = headers[name];
        return value === undefined || value === null ? undefined : String(value);
    };
    const retryAfter = Number(header("retry-after"));
    if (header("x-ratelimit-remaining") === "0") {
        const reset = Number(header("x-ratelimit-reset"));
        if (Number.isFinite(reset) && reset > 0) {
            // One second past the reset, as GitHub advises.
            const seconds = Math.max(0, Math.ceil(reset - now.getTime() / 1000)) + 1;
            return { kind: "primary", retryAfterSeconds: seconds, resetAt: new Date(reset * 1000).toISOString() };
        }
        return { kind: "primary", retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : 60 };
    }
    if (Number.isFinite(retryAfter))
        return { kind: "secondary", retryAfterSeconds: retryAfter };
    // Without headers, GitHub asks for at least a minute before retrying a secondary limit.
    if (status === 429 || /secondary rate limit/i.test(message))
        return { kind: "secondary", retryAfterSeconds: 60 };
    return undefined;
}

// EXTERNAL MODULE: ./.build/events/pass-through.js
var pass_through = __webpack_require__(83477);
;// CONCATENATED MODULE: ./.build/watch/release-event.js

/** Release notes beyond this many characters are cut, so events and records stay small. */
const RELEASE_BODY_LIMIT = 4000;
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
        body: cutBody(release.body ?? "", release.htmlUrl),
    };
    return (0,pass_through/* upstreamReleaseEvent */.ND)(payload, options.now);
}
/**
 * `https://github.com/OpenAI/Codex/releases/tag/x` → `OpenAI/Codex` when it names the same
 * repository (case aside), so ids follow GitHub's spelling whatever case the config used.
 */
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
    return `${characters.slice(0, RELEASE_BODY_LIMIT).join("")}\n\n… [release notes cut: ${omitted} more characters at ${url}]`;
}

;// CONCATENATED MODULE: ./.build/watch/select.js


function isPublished(release) {
    return !release.draft && typeof release.publishedAt === "string" && release.publishedAt !== "";
}
/** Drafts never; prereleases only when asked for; tags by pattern. */
function matchesWatch(release, watch) {
    if (!isPublished(release))
        return false;
    if (release.prerelease && !watch.prereleases)
        return false;
    return matchesTag(watch.tags, release.tagName);
}
const time = (iso) => Date.parse(iso);
/** Oldest publication first; ties by release id (GitHub ids increase with creation). */
function byPublication(a, b) {
    return time(a.publishedAt) - time(b.publishedAt) || a.id - b.id;
}
/**
 * Paging stops after a page that reaches known ground: with a cursor, a release seen before or
 * published before the watermark; on a first poll, what `since` asks for.
 */
function reachedKnownReleases(page, watch, cursor) {
    const published = page.filter(isPublished);
    if (cursor) {
        const seen = new Set(cursor.seen.map((release) => release.id));
        const watermark = cursor.watermark ? time(cursor.watermark) : undefined;
        return published.some((release) => seen.has(release.id) || (watermark !== undefined && time(release.publishedAt) < watermark));
    }
    switch (watch.since.kind) {
        case "latest":
            return published.some((release) => matchesWatch(release, watch));
        case "date": {
            const since = time(watch.since.date);
            return published.some((release) => time(release.publishedAt) < since);
        }
        case "all":
            return false;
    }
}
/** The releases to dispatch from what a poll listed, oldest first. */
function selectNewReleases(releases, watch, cursor) {
    const matching = releases.filter((release) => matchesWatch(release, watch)).sort(byPublication);
    if (cursor)
        return matching.filter((release) => isNewSince(release, watch, cursor));
    switch (watch.since.kind) {
        case "latest":
            return matching.slice(-1);
        case "date": {
            const since = time(watch.since.date);
            return matching.filter((release) => time(release.publishedAt) >= since);
        }
        case "all":
            return matching;
    }
}
function isNewSince(release, watch, cursor) {
    const prior = cursor.seen.find((seen) => seen.id === release.id);
    // A prerelease promoted to a release since it was seen (and filtered out) is news.
    if (prior)
        return prior.prerelease && !release.prerelease && !watch.prereleases;
    return cursor.watermark === undefined || time(release.publishedAt) >= time(cursor.watermark);
}
/** The cursor after a poll: every published release listed is now seen, whatever the filter. */
function nextCursor(options) {
    const byId = new Map();
    for (const seen of options.previous?.seen ?? [])
        byId.set(seen.id, seen);
    for (const release of options.releases.filter(isPublished)) {
        byId.set(release.id, {
            id: release.id,
            tag: release.tagName,
            publishedAt: release.publishedAt,
            prerelease: release.prerelease,
        });
    }
    const seen = [...byId.values()]
        .sort((a, b) => time(b.publishedAt) - time(a.publishedAt) || b.id - a.id)
        .slice(0, SEEN_RELEASES_KEPT);
    const newest = seen[0]?.publishedAt;
    const watermark = [options.previous?.watermark, newest]
        .filter((value) => value !== undefined)
        .sort((a, b) => time(b) - time(a))[0];
    return {
        format: WATCH_CURSOR_FORMAT,
        repo: options.repo,
        ...(options.etag ? { etag: options.etag } : {}),
        ...(watermark ? { watermark } : {}),
        seen,
        polledAt: options.now.toISOString(),
    };
}
/** Whether saving `next` would change what is stored (an unchanged cursor is not rewritten). */
function cursorChanged(previous, next) {
    if (!previous)
        return true;
    const key = (cursor) => JSON.stringify([cursor.etag, cursor.watermark, cursor.seen.map((seen) => [seen.id, seen.prerelease])]);
    return key(previous) !== key(next);
}

;// CONCATENATED MODULE: ./.build/watch/poll.js




/** Poll every watched repository and save where each poll left off (unless dryRun). */
async function pollUpstreamReleases(options) {
    const pending = await collectUpstreamReleases(options);
    if (!options.dryRun)
        await savePendingCursors(options.store, pending, new Set(), options.now);
    return { events: pending.events, reports: pending.reports };
}
/** The poll without saving anything. */
async function collectUpstreamReleases(options) {
    const now = options.now ?? (() => new Date());
    const log = options.log ?? (() => { });
    const backoff = new RateLimitBackoff({ ...options.rateLimit, log });
    const pending = { events: [], reports: [], cursors: new Map(), repoOf: new Map() };
    let exhausted;
    for (const watch of options.watches) {
        if (exhausted) {
            pending.reports.push({
                repo: watch.repo,
                status: "error",
                newReleases: 0,
                message: `not polled: ${exhausted.message}`,
            });
            continue;
        }
        const waitedBefore = backoff.waitedSeconds;
        try {
            const polled = await pollRepository({ ...options, watch, backoff, at: now() });
            pending.reports.push(withWait(polled.report, backoff.waitedSeconds - waitedBefore));
            for (const event of polled.events)
                pending.repoOf.set(event.id, watch.repo);
            pending.events.push(...polled.events);
            if (polled.cursor)
                pending.cursors.set(watch.repo, polled.cursor);
        }
        catch (error) {
            // GitHub's answers arrive as GitHubReleasesError; anything else is local (the store).
            const reason = error instanceof GitHubReleasesError
                ? error.message
                : `polling ${watch.repo} failed: ${error instanceof Error ? error.message : String(error)}`;
            if (error instanceof GitHubReleasesError && error.rateLimit)
                exhausted = error;
            const message = `${reason} (${watch.repo} is watched by ${watch.origin}.)`;
            log(message);
            pending.reports.push(withWait({ repo: watch.repo, status: "error", newReleases: 0, message }, backoff.waitedSeconds - waitedBefore));
        }
    }
    // Stable sort: releases published at the same time keep configuration order.
    pending.events.sort((a, b) => Date.parse(a.payload.publishedAt) - Date.parse(b.payload.publishedAt));
    return pending;
}
function withWait(report, seconds) {
    return seconds > 0 ? { ...report, waitedSeconds: seconds } : report;
}
async function pollRepository(options) {
    const { watch, at: now } = options;
    const cursor = await loadWatchCursor(options.store, watch.repo);
    const listing = await listReleases({
        client: options.client,
        repo: watch.repo,
        ...(cursor?.etag ? { etag: cursor.etag } : {}),
        isEnough: (page) => reachedKnownReleases(page, watch, cursor),
        ...(options.maxPages ? { maxPages: options.maxPages } : {}),
        backoff: options.backoff,
    });
    if (listing.status === "not-modified") {
        return { report: { repo: watch.repo, status: "not-modified", newReleases: 0, pages: 0 }, events: [] };
    }
    const fresh = selectNewReleases(listing.releases, watch, cursor);
    const events = fresh.map((release) => upstreamReleaseFlowEvent({ repo: watch.repo, release, now }));
    const next = nextCursor({ repo: watch.repo, previous: cursor, releases: listing.releases, etag: listing.etag, now });
    const notes = [];
    if (!cursor)
        notes.push(`first poll (since ${describeSince(watch)})`);
    if (listing.truncated) {
        notes.push(`stopped after ${listing.pages} pages; older releases were not looked at (raise maxPages to look further)`);
    }
    if (events.length > 0)
        notes.push(`new: ${events.map((event) => event.payload.tag).join(", ")}`);
    const report = {
        repo: watch.repo,
        status: "ok",
        newReleases: events.length,
        pages: listing.pages,
        ...(notes.length > 0 ? { message: notes.join("; ") } : {}),
    };
    options.log?.(`${watch.repo}: ${events.length} new release(s)${report.message ? ` — ${report.message}` : ""}.`);
    return { report, events, ...(cursorChanged(cursor, next) ? { cursor: next } : {}) };
}
function describeSince(watch) {
    return watch.since.kind === "date" ? watch.since.date : watch.since.kind;
}
/** Save the cursors of every repository except those in `skip` (whose events did not all get handled). */
async function savePendingCursors(store, pending, skip, now) {
    const clock = now ?? (() => new Date());
    for (const [repo, cursor] of pending.cursors) {
        if (!skip.has(repo))
            await saveWatchCursor({ store, cursor, now: clock() });
    }
}

;// CONCATENATED MODULE: ./.build/watch/dispatch.js
// Poll, then dispatch every new release in publication order through the one engine path,
// with the same store, then advance the cursors. Cursors move only after dispatching: if the
// job dies half-way, the next poll sees the releases again and the event ids (already in the
// store for those that ran) keep anything from running twice.



async function watchAndDispatch(options) {
    const dryRun = options.dryRun === true;
    const pending = await collectUpstreamReleases(options);
    const base = options.dispatchOptions;
    const discovery = pending.events.length === 0
        ? undefined
        : (base.discovery ?? (await (0,flows/* discoverFlows */.nE)({ repoRoot: base.repoRoot, roots: base.roots })));
    const outcomes = [];
    const failedRepos = new Set();
    for (const event of pending.events) {
        const repo = pending.repoOf.get(event.id) ?? "";
        // A failure leaves the rest of that repository for the next poll, in order.
        if (failedRepos.has(repo))
            continue;
        try {
            outcomes.push(await (0,dispatch/* dispatch */.J)(event, {
                ...base,
                ...(discovery ? { discovery } : {}),
                ...(options.now && !base.now ? { now: options.now } : {}),
                store: options.store,
                dryRun,
            }));
        }
        catch (error) {
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
    return { events: pending.events, reports: pending.reports, outcomes, dryRun };
}

;// CONCATENATED MODULE: ./.build/watch/index.js
// Public surface of the watch area: poll upstream repositories for releases and dispatch each
// new one as an `upstream.release` FlowEvent. Nothing runs on import.








/***/ })

};
