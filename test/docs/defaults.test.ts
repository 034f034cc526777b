import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ANNOTATIONS_PER_REQUEST, MAX_ANNOTATIONS_PER_CHECK } from "../../src/report/checks-annotations.js";
import { ANSWER_AFTER_ABORT_MS, DEFAULT_POLL_INTERVAL_MS, MAX_POLL_INTERVAL_MS } from "../../src/backend/client.js";
import { MAX_RUNS as MAX_BACKEND_RUNS } from "../../src/backend/dispatch-result.js";
import { CHILD_LIMITS, JOB_STEPS_LIMIT_BYTES } from "../../src/action/scale-out.js";
import { CLOCK_DISAGREEMENT_MS } from "../../src/watch/age.js";
import { COMMENT_LIMIT_CHARS } from "../../src/report/comment-body.js";
import { CHECK_OUTPUT_LIMIT_BYTES } from "../../src/report/checks-text.js";
import { MAX_LOOKUP_PAGES } from "../../src/report/comment-lookup.js";
import { RACE_WINDOW_MS } from "../../src/report/comment.js";
import { DEFAULT_CANCEL_BUDGET_MS } from "../../src/backend/cancel.js";
import { DEFAULT_CONCURRENCY } from "../../src/engine/pool.js";
import { ANNOTATION_UPDATES_PER_JOB, DEFAULT_LIVE_AFTER_MS, MAX_STEP_CHECK_RUNS } from "../../src/report/checks.js";
import { DEFAULT_MAX_REQUESTS, DEFAULT_RATE_LIMIT_RESERVE } from "../../src/github/request-budget.js";
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_RUNS } from "../../src/engine/dispatch-types.js";
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from "../../src/flows/manifest-defaults.js";
import { DEFAULT_TRANSFER_TIMEOUT_MS } from "../../src/deadline.js";
import { DEFER_ABOVE } from "../../src/flows/discovery.js";
import { GITHUB_SPACING } from "../../src/github/steady-limiter.js";
import { HOLD_MS } from "../../src/wrapped-lines.js";
import { JOB_SUMMARY_LIMIT_BYTES } from "../../src/report/summary.js";
import { MAX_ANSWER_BYTES, MAX_ANSWER_DEPTH } from "../../src/backend/http.js";
import { MAX_ANSWER_CONTAINERS } from "../../src/backend/answer-shape.js";
import { MAX_BUN_DOWNLOAD_BYTES } from "../../src/action/bun-download.js";
import { MAX_FLOW_RESULT_BYTES } from "../../src/runners/result.js";
import { MAX_PAYLOAD_BYTES, MAX_PAYLOAD_CONTAINERS, MAX_PAYLOAD_DEPTH } from "../../src/events/budget.js";
import { MAX_RESULT_TARGETS } from "../../src/report/result-targets.js";
import { MAX_RUNS_FILE_BYTES, MAX_RUNS_FILE_CONTAINERS } from "../../src/action/runs-file-read.js";
import { OPTIONS } from "../../src/cli/options.js";
import { DEFAULT_BUN_VERSION, MAX_BACKEND_TIMEOUT_MINUTES } from "../../src/action/inputs.js";
import { CHECKED_AT_REFRESH_MS, HELD_LOOKUPS_PER_POLL, REDELIVER_LOOKUPS_PER_POLL } from "../../src/watch/poll-repository.js";
import { DISPATCHED_RELEASES_KEPT, HELD_RELEASES_KEPT, REDELIVER_EVENTS_KEPT, REDELIVER_TAGS_KEPT, SEEN_RELEASES_KEPT } from "../../src/watch/cursor.js";
import { LATE_LISTING_MS } from "../../src/watch/select.js";
import { RELEASE_BODY_LIMIT, RELEASE_NAME_LIMIT } from "../../src/watch/release-event.js";
import { TAG_REFS_MAX_BYTES } from "../../src/github/release-lookups.js";
import { HANDED_OVER_LIMIT_BYTES } from "../../src/action/plan-handover.js";
import { MAX_HANDOVERS_PER_RUN } from "../../src/report/modes.js";
import { HANDOVER_PER_STEP_RUNS, HANDOVER_RETENTION_DAYS } from "../../src/report/handover.js";
import { DEFAULT_KILL_GRACE_MS } from "../../src/runners/process-io.js";
import { DEFAULT_FLUSH_TIMEOUT_MS, DEFAULT_PUSH_BUDGET_MS, DEFAULT_READ_TIMEOUT_MS } from "../../src/state/branch-options.js";
import { DEFAULT_GIT_TIMEOUT_MS } from "../../src/state/git.js";
import { DEFAULT_TAIL_BYTES } from "../../src/runners/bun.js";
import { MAX_CHECK_ERRORS, MAX_CHECK_MS } from "../../src/flows/schema-check-budget.js";
import { MAX_MANIFEST_BYTES } from "../../src/flows/manifest-file.js";
import { MAX_MANIFEST_PROBLEMS } from "../../src/flows/manifest-report.js";
import { MAX_RECORD_BYTES, MAX_RECORD_CONTAINERS, recordContainerCap } from "../../src/state/layout.js";
import { MAX_RECORD_DEPTH } from "../../src/state/record-check.js";
import { MAX_SCHEMA_BYTES } from "../../src/flows/schema-size.js";
import { MAX_SCHEMA_DEPTH, MAX_SCHEMA_EXPANDED, MAX_SCHEMA_TOTAL_BYTES } from "../../src/flows/schema-budget.js";
import { MAX_STATE_FILE_BYTES } from "../../src/state/artifact-read.js";
import { RELEASE_ATTEMPTS } from "../../src/watch/dispatch.js";
import { RESULTS_OUTPUT_LIMIT_BYTES } from "../../src/action/outputs.js";
import { TAG_LISTINGS_PER_POLL, TAG_SPLIT_MAX_DEPTH, TAG_SPLIT_REQUESTS_PER_POLL } from "../../src/watch/changes.js";
import { MIN_PATH_SECRET_LENGTH, MIN_PATH_SEGMENT_SECRET_LENGTH, MIN_QUERY_SECRET_LENGTH } from "../../src/url-secrets.js";
import { ANNOTATIONS_PER_KIND } from "../../src/action/annotation-budget.js";
import { CHECK_RUN_LISTING_PAGES } from "../../src/github/checks.js";
import { LISTING_FRESH_MS, OUTAGE_AFTER } from "../../src/report/checks-api.js";
import { PLAN_STATE_TIMEOUT_MS } from "../../src/action/plan-state.js";
import { MAX_STEP_MASK_CHARS, MAX_STEP_MASKS } from "../../src/action/step-masks.js";
import { MIN_SECRET_LENGTH } from "../../src/redact.js";
import { MAX_PAGES as RELEASE_PAGES_PER_POLL } from "../../src/watch/poll-repository.js";
import { SERVER_ERRORS_IN_A_ROW } from "../../src/watch/poll.js";
import { FAILED_WRITES_LISTED } from "../../src/report/write-failures.js";
import { WARNINGS_SHOWN } from "../../src/report/github-reporter.js";
import { HANDOVER_LIMITS } from "../../src/report/handover-validate.js";
import { EVALUATION_MS, TEXT_BUDGET } from "../../src/flows/condition-limits.js";
import { GLOB_MAX_LENGTH } from "../../src/flows/glob.js";
import { PULL_REQUEST_FILES_LIMIT } from "../../src/github/pulls.js";

// The numbers the README, docs/, action.yml and `flows --help` state, against the constants the
// code runs with: a limit changed in src/ that the docs do not follow fails here. Each claim is
// the docs' own sentence with the constant put in, so a reworded sentence fails too: then write
// the new wording here.

const flat = (file: string): string => readFileSync(file, "utf8").replace(/\s+/g, " ");
const readme = flat("README.md");
const pullRequests = flat("docs/pull-requests.md");
const hostileInput = flat("docs/hostile-input.md");
const upstreamReleases = flat("docs/upstream-releases.md");

const KiB = 1024;
const MiB = 1024 * KiB;
const thousands = (n: number): string => n.toLocaleString("en-US");
const seconds = (ms: number): string => `${ms / 1000} s`;

const readmeClaims: Array<[string, string]> = [
  ["concurrency", `take \`--concurrency N\` (default ${DEFAULT_CONCURRENCY})`],
  ["steps per delivery", `One delivery runs at most ${DEFAULT_MAX_RUNS} steps`],
  ["requests per poll", `One poll makes at most ${DEFAULT_MAX_REQUESTS} requests and keeps ${DEFAULT_RATE_LIMIT_RESERVE} of the rate limit`],
  ["release attempts", `up to ${RELEASE_ATTEMPTS} attempts in all`],
  ["tag listings", `at most ${TAG_LISTINGS_PER_POLL} per poll, remembered in the cursor; only a prefix still too large after ${TAG_SPLIT_MAX_DEPTH} splits`],
  ["clock disagreement", `clocks more than ${CLOCK_DISAGREEMENT_MS / 60_000} minutes apart`],
  ["job summary", `The job summary stays within GitHub's ${JOB_SUMMARY_LIMIT_BYTES / MiB} MiB per step`],
  ["results output", `if it would pass ${RESULTS_OUTPUT_LIMIT_BYTES / KiB} KiB of UTF-8`],
  ["job-steps output", `empty, with a warning, past ${JOB_STEPS_LIMIT_BYTES / KiB} KiB`],
  ["runs file size", `over ${MAX_RUNS_FILE_BYTES / MiB} MiB, which it skips unread`],
  ["runs file containers", `more than ${MAX_RUNS_FILE_CONTAINERS / 1_000_000} million objects and arrays`],
  [
    "child events",
    `kept up to ${CHILD_LIMITS.fileCount} per runs file (as many as a job dispatches) and ${CHILD_LIMITS.fileBytes / MiB} MiB of them, and ${thousands(CHILD_LIMITS.reportCount)} and ${CHILD_LIMITS.reportBytes / MiB} MiB over all runs files`,
  ],
  ["FLOW_RESULT", `the ${MAX_FLOW_RESULT_BYTES / MiB} MiB \`FLOW_RESULT\` limit`],
  ["backend answers", `answers over ${MAX_ANSWER_BYTES / MiB} MiB, JSON nested more than ${MAX_ANSWER_DEPTH} levels`],
  ["backend answer containers", `JSON holding more than ${thousands(MAX_ANSWER_CONTAINERS)} objects and arrays`],
  ["backend answer containers per run", `(about ${MAX_ANSWER_CONTAINERS / MAX_BACKEND_RUNS} for each of ${thousands(MAX_BACKEND_RUNS)} runs;`],
  ["backend runs", `more than ${thousands(MAX_BACKEND_RUNS)} runs for one event are refused as not a flow backend's`],
  ["backend polling", `polls \`GET /runs?eventId=\` (every ${seconds(DEFAULT_POLL_INTERVAL_MS)}, backing off to ${seconds(MAX_POLL_INTERVAL_MS)};`],
  ["backend timeout", `or \`backend-timeout-minutes\` passes (minutes, like \`10\` or \`2.5\`, at most ${MAX_BACKEND_TIMEOUT_MINUTES};`],
  ["next depth", `chains stop ${DEFAULT_MAX_DEPTH} events deep, and a delivery runs at most ${DEFAULT_MAX_RUNS} steps`],
  ["cancel budget", `all within ${seconds(DEFAULT_CANCEL_BUDGET_MS)}`],
  ["answer after abort", `waits up to ${seconds(ANSWER_AFTER_ABORT_MS)} for that request's answer`],
  ["Bun download size", `one over ${MAX_BUN_DOWNLOAD_BYTES / MiB} MiB`],
  ["Bun download time", `may take ${DEFAULT_TRANSFER_TIMEOUT_MS / 60_000} minutes`],
  ["live check runs", `if it runs longer than ${seconds(DEFAULT_LIVE_AFTER_MS)}`],
  ["check runs per job", `the steps past a job's first ${MAX_STEP_CHECK_RUNS} share one`],
  ["annotation batches", `(in batches of ${ANNOTATIONS_PER_REQUEST})`],
  ["check runs where the steps said", `At most ${MAX_RESULT_TARGETS} such check runs are written per job`],
  ["write spacing", `Writes to GitHub go ${seconds(GITHUB_SPACING.writeMs)} apart (${seconds(GITHUB_SPACING.notificationMs)} for a comment)`],
  ["step timeout", `timeout_ms = 60000 # default ${DEFAULT_TIMEOUT_MS}`],
  ["packages parsed per event", `In a repository with more than ${DEFER_ABOVE} flow packages`],
  ["event files", `no further than ${(MAX_PAYLOAD_BYTES + MiB) / MiB} MiB (a payload may be ${MAX_PAYLOAD_BYTES / MiB} MiB`],
  ["held log lines", `and ${HOLD_MS} ms without a new line`],
  ["payloads", `an event file over ${MAX_PAYLOAD_BYTES / MiB} MiB, nesting deeper than ${MAX_PAYLOAD_DEPTH} levels or holding more than ${thousands(MAX_PAYLOAD_CONTAINERS)} objects and arrays`],
  ["timeout kill grace", `gets SIGTERM, then SIGKILL ${seconds(DEFAULT_KILL_GRACE_MS)} later`],
  ["longest timeout", `\`timeout_ms\` is at most ${MAX_TIMEOUT_MS}`],
  ["output kept", `The record keeps the last ${DEFAULT_TAIL_BYTES / KiB} KiB of output`],
  ["output kept (compatibility)", `the last ${DEFAULT_TAIL_BYTES / KiB} KiB is kept`],
  ["steps at once (compatibility)", `(${DEFAULT_CONCURRENCY} at once by default)`],
  ["schema checks", `a payload has a budget too: ${thousands(MAX_CHECK_ERRORS)} errors that no alternative can drop`],
  ["schema check time", `whose second passes is not stopped) and ${seconds(MAX_CHECK_MS)}. A check past it stops`],
  ["state artifact size", `(${MAX_STATE_FILE_BYTES / MiB} MiB: a snapshot's writer`],
  ["state artifact containers", `holds more than ${thousands(recordContainerCap(MAX_STATE_FILE_BYTES))} objects and arrays (one per 32 bytes of that cap)`],
  ["record size", `or is over ${MAX_RECORD_BYTES / MiB} MiB, is treated the same way without being read, and one holding more than ${thousands(MAX_RECORD_CONTAINERS)} objects and arrays`],
  ["record nesting", `nothing nests deeper than ${MAX_RECORD_DEPTH} levels`],
  ["branch push budget", `for up to ${DEFAULT_PUSH_BUDGET_MS / 60_000} minutes (\`FLOWS_STATE_PUSH_BUDGET_SECONDS\``],
  ["branch save limit", `has one time limit besides, ${DEFAULT_FLUSH_TIMEOUT_MS / 60_000} minutes (\`FLOWS_STATE_FLUSH_TIMEOUT_SECONDS\`), which every git command in it shares, each at most ${DEFAULT_GIT_TIMEOUT_MS / 1000} s.`],
  ["backend-url masking", `its query values of ${MIN_QUERY_SECRET_LENGTH} characters or more and its path when ${MIN_PATH_SECRET_LENGTH} characters or longer (a webhook URL's key: the whole path, and each segment of ${MIN_PATH_SEGMENT_SECRET_LENGTH} characters or more)`],
  ["annotations shown", `GitHub shows ${ANNOTATIONS_PER_KIND} error and ${ANNOTATIONS_PER_KIND} warning annotations per step`],
  ["next events", `(at most ${DEFAULT_MAX_DEPTH} deep, never in a loop)`],
  ["check run listing", `(at most ${CHECK_RUN_LISTING_PAGES} pages of 100, taken again when ${LISTING_FRESH_MS === 60_000 ? "a minute" : `${LISTING_FRESH_MS / 60_000} minutes`} old)`],
  ["check run listing cut", `on a commit with more than ${CHECK_RUN_LISTING_PAGES * 100} check runs it looks each step's up by name instead`],
  ["plan's store read", `A plan that cannot read the store within ${PLAN_STATE_TIMEOUT_MS / 1000} s`],
  ["report's store read", `read-only and within ${PLAN_STATE_TIMEOUT_MS / 1000} s as the plan does`],
  ["step masks", `(values of at least ${MIN_SECRET_LENGTH} characters, up to ${thousands(MAX_STEP_MASKS)} a job and ${MAX_STEP_MASK_CHARS / KiB} KiB of values in all)`],
  ["short secrets", `Secrets shorter than ${MIN_SECRET_LENGTH} characters are not replaced`],
  ["releases pending", `A repository holds at most ${thousands(HELD_RELEASES_KEPT)} releases pending`],
  ["releases read per poll", `A poll reads at most ${thousands(RELEASE_PAGES_PER_POLL * 100)} releases`],
  ["failing polls", `(${SERVER_ERRORS_IN_A_ROW} in a row that GitHub answers 5xx stop the poll`],
  ["failed writes", `; ${FAILED_WRITES_LISTED} writes listed, the rest counted)`],
  ["branch read limit", `has its own limit in all, ${DEFAULT_READ_TIMEOUT_MS / 60_000} minutes (\`FLOWS_STATE_READ_TIMEOUT_SECONDS\`)`],
];

const hostileInputClaims: Array<[string, string]> = [
  ["event file", `| Event file (\`GITHUB_EVENT_PATH\`) | ${MAX_PAYLOAD_BYTES / MiB} MiB,`],
  ["payload nesting", `| Payload nesting (objects and arrays) | ${MAX_PAYLOAD_DEPTH} levels,`],
  ["payload containers", `| Objects and arrays in a payload | ${thousands(MAX_PAYLOAD_CONTAINERS)} (`],
  ["flow.toml", `| \`flow.toml\` | ${MAX_MANIFEST_BYTES / KiB} KiB;`],
  ["schema files", `| Trigger schema file | ${MAX_SCHEMA_BYTES / KiB} KiB per file, ${MAX_SCHEMA_TOTAL_BYTES / MiB} MiB with every file`],
  ["schema nesting", `| Schema nesting | ${MAX_SCHEMA_DEPTH} levels |`],
  ["schema expansion", `| Schema expansion | ${thousands(MAX_SCHEMA_EXPANDED)} subschemas`],
  ["schema checks", `${thousands(MAX_CHECK_ERRORS)} errors held that no alternative can drop, counted over the whole check`],
  ["schema check errors kept", `are counted but only the check's first ${thousands(MAX_CHECK_ERRORS)} kept`],
  ["schema check time", `and ${seconds(MAX_CHECK_MS)} per check`],
  ["FLOW_RESULT", `| FLOW_RESULT line (or what a module-style step returns) | ${MAX_FLOW_RESULT_BYTES / MiB} MiB, read no further; nesting ${MAX_PAYLOAD_DEPTH} levels`],
  ["runs per delivery", `| Runs caused by one delivery | ${DEFAULT_MAX_RUNS} step runs`],
  ["next depth", `${DEFAULT_MAX_RUNS} step runs and ${DEFAULT_MAX_RUNS} \`next\` events, across all depths (\`maxRuns\` in the library; depth stays capped at ${DEFAULT_MAX_DEPTH})`],
  ["record file", `| Stored record file (\`state: file\`) | ${MAX_RECORD_BYTES / MiB} MiB`],
  ["record containers", `${thousands(MAX_RECORD_CONTAINERS)} objects and arrays (one per 32 bytes of the cap`],
  ["state artifact", `| State artifact (\`state: artifact\`) | ${MAX_STATE_FILE_BYTES / MiB} MiB downloaded and unpacked`],
  ["record nesting", `| Stored record nesting | ${MAX_RECORD_DEPTH} levels`],
  ["runs file", `| ${MAX_RUNS_FILE_BYTES / MiB} MiB (its event's 25 MB payload`],
  ["backend answers", `| HTTP mode: the flow backend's answer | ${MAX_ANSWER_BYTES / MiB} MiB, nesting ${MAX_ANSWER_DEPTH} levels`],
  ["backend runs", `nesting ${MAX_ANSWER_DEPTH} levels, ${thousands(MAX_BACKEND_RUNS)} runs for one event |`],
  ["annotations", `| ${thousands(MAX_ANNOTATIONS_PER_CHECK)} per check run (${ANNOTATIONS_PER_REQUEST} with the completion, the rest in updates of ${ANNOTATIONS_PER_REQUEST}), and ${ANNOTATION_UPDATES_PER_JOB} such updates`],
  ["check runs per job", `| Check runs per job (\`checks: per-step\`) | ${MAX_STEP_CHECK_RUNS}, one per step`],
  ["results output", `| The action's \`results\` output | ${RESULTS_OUTPUT_LIMIT_BYTES / KiB} KiB of UTF-8`],
  ["job summary", `| Job summary | ${JOB_SUMMARY_LIMIT_BYTES / MiB} MiB per step`],
  ["manifest problems", `at most ${thousands(MAX_MANIFEST_PROBLEMS)} problems listed per \`flow.toml\``],
];

describe("numbers in the README", () => {
  // A boolean, not toContain: a miss would print the whole README.
  it.each(readmeClaims)("%s: %s", (_, claim) => {
    expect(readme.includes(claim), `the README says "${claim}"`).toBe(true);
  });

  it("keeps the run-step jobs' artifacts as long as flows.yml does", () => {
    const workflow = readFileSync(".github/workflows/flows.yml", "utf8");
    const days = [...workflow.matchAll(/retention-days: (\d+)/g)].map((m) => m[1]);
    expect(days).toHaveLength(1);
    const claim = `the run-step jobs' artifacts are kept ${days[0]} days`;
    expect(readme.includes(claim), `the README says "${claim}"`).toBe(true);
  });
});

describe("numbers in schemas/flow.schema.json, the flow.toml contract editors show", () => {
  const text = readFileSync("schemas/flow.schema.json", "utf8");
  const schema = JSON.parse(text) as { definitions: { name: { minLength: number; maxLength: number } } };
  it("gives timeout_ms the runner's default and maximum", () => {
    expect(text).toContain(`(default ${DEFAULT_TIMEOUT_MS}, at most ${MAX_TIMEOUT_MS}:`);
  });
  it("bounds names as the README says", () => {
    const { minLength, maxLength } = schema.definitions.name;
    expect(readme).toContain(`- **Names** (\`name\`, a step's \`name\`, a trigger's \`type\`): ${minLength} to ${maxLength} characters`);
  });
});

describe("numbers in schemas/backend-dispatch-result.schema.json, the backend's answer", () => {
  it("lists at most as many runIds as the action waits for, and says so", () => {
    const schema = JSON.parse(readFileSync("schemas/backend-dispatch-result.schema.json", "utf8")) as { properties: { runIds: { description: string; maxItems: number } } };
    expect(schema.properties.runIds.maxItems).toBe(MAX_BACKEND_RUNS);
    expect(schema.properties.runIds.description).toContain(`At most ${thousands(MAX_BACKEND_RUNS)} runs for one event`);
  });
});

describe("numbers in docs/hostile-input.md", () => {
  it.each(hostileInputClaims)("%s: %s", (_, claim) => {
    expect(hostileInput.includes(claim), `docs/hostile-input.md says "${claim}"`).toBe(true);
  });
});

describe("numbers in docs/upstream-releases.md", () => {
  it.each([
    ["release name", `is cut after ${RELEASE_NAME_LIMIT} characters`],
    ["release body", `\`body\` is cut after ${thousands(RELEASE_BODY_LIMIT)}`],
    ["held releases read", `At most ${HELD_LOOKUPS_PER_POLL} held releases are read by id per poll`],
    ["redeliveries", `a poll asks for at most ${REDELIVER_LOOKUPS_PER_POLL} releases to deliver`],
    ["tag groups", `At most ${TAG_LISTINGS_PER_POLL} groups are listed per poll`],
    ["tag listing size", `A group's answer is read up to ${TAG_REFS_MAX_BYTES / MiB} MiB`],
    ["tag parts", `At most ${TAG_SPLIT_REQUESTS_PER_POLL} parts are listed per poll`],
    ["tag splits", `even split ${TAG_SPLIT_MAX_DEPTH} times`],
    ["cursor refresh", `rewritten at most every ${CHECKED_AT_REFRESH_MS / 3_600_000} hours`],
    ["late listings", `or less than ${LATE_LISTING_MS / 60_000} minutes before it`],
    ["request budget", `One poll makes at most **${DEFAULT_MAX_REQUESTS} requests**`],
    ["rate limit kept", `stops before GitHub's rate limit falls to **${DEFAULT_RATE_LIMIT_RESERVE} requests`],
    ["cursor", `(${SEEN_RELEASES_KEPT} seen, ${DISPATCHED_RELEASES_KEPT} dispatched, ${thousands(HELD_RELEASES_KEPT)} held by \`min-age\`, ${SEEN_RELEASES_KEPT} ids in a backlog's tie)`],
    ["deliveries kept", `The cursor keeps ${REDELIVER_TAGS_KEPT} releases and ${REDELIVER_EVENTS_KEPT} changes to deliver again`],
    ["failing polls", `a 5xx answer (after the client's own retries) for ${SERVER_ERRORS_IN_A_ROW} repositories in a row`],
    ["held releases dropped", `Held releases past ${thousands(HELD_RELEASES_KEPT)} are the ones that would become due last`],
    ["check runs where the steps said", `At most ${MAX_RESULT_TARGETS} of these check runs per job`],
    ["library defaults", `budget: { maxRequests: ${DEFAULT_MAX_REQUESTS}, reserve: ${DEFAULT_RATE_LIMIT_RESERVE} }, // the defaults`],
  ])("%s: %s", (_, claim) => {
    expect(upstreamReleases.includes(claim), `docs/upstream-releases.md says "${claim}"`).toBe(true);
  });
});

describe("numbers in docs/conditions.md", () => {
  const conditions = flat("docs/conditions.md");
  it.each([
    ["text budget", `may build (or, for \`fromJSON()\`, read) ${thousands(TEXT_BUDGET)} characters in all`],
    ["evaluation time", `an evaluation stops after ${EVALUATION_MS / 1000} seconds`],
    ["glob length", `(\`glob()\`, \`changed()\`, watched tags) is at most ${GLOB_MAX_LENGTH} characters`],
    ["pull request files", `that endpoint lists at most ${thousands(PULL_REQUEST_FILES_LIMIT)} files of a pull request`],
  ])("%s: %s", (_, claim) => {
    expect(conditions.includes(claim), `docs/conditions.md says "${claim}"`).toBe(true);
  });
});

describe("numbers in docs/pull-requests.md", () => {
  it.each([
    ["the comment's limit", `GitHub's ${thousands(COMMENT_LIMIT_CHARS)}-character limit`],
    ["check run text", `GitHub caps summary and text at ${thousands(CHECK_OUTPUT_LIMIT_BYTES)}`],
    ["comment lookup", `The comments are read 100 a page, at most ${MAX_LOOKUP_PAGES} pages a run`],
    ["racing duplicates", `to the first comment written more than ${RACE_WINDOW_MS / 60_000} minutes after it`],
    ["handover retention", `uploads it as the artifact \`flows-report\`, kept ${HANDOVER_RETENTION_DAYS} days`],
    ["backend runs", `only an HTTP flow backend's answer (up to ${thousands(MAX_BACKEND_RUNS)} runs)`],
    ["permission warnings", `At most ${WARNINGS_SHOWN} such warnings become annotations`],
    ["handover check runs", `With more than ${HANDOVER_PER_STEP_RUNS} runs, one check run for the event`],
    ["handover per-step check runs", `A handover of up to ${HANDOVER_PER_STEP_RUNS} runs keeps one check run per step`],
    ["handover pull requests", `Each further pull request the handover names (at most ${HANDOVER_LIMITS.pullRequests})`],
    ["check run outage", `When ${OUTAGE_AFTER} check run calls in a row fail that way (GitHub is down)`],
    ["annotations shown", `since GitHub shows ${ANNOTATIONS_PER_KIND} warning annotations per step`],
    ["live check runs", `shown in progress while a step that takes longer than ${seconds(DEFAULT_LIVE_AFTER_MS)} runs`],
    ["check runs per job", `(the steps past a job's first ${MAX_STEP_CHECK_RUNS} share one)`],
  ])("%s: %s", (_, claim) => {
    expect(pullRequests.includes(claim), `docs/pull-requests.md says "${claim}"`).toBe(true);
  });
});

describe("versions the README names", () => {
  const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { version: string }> };
  const locked = (name: string): string => lock.packages[`node_modules/${name}`]?.version ?? "";
  const runtime = /using: node(\d+)/.exec(readFileSync("action.yml", "utf8"))?.[1];

  it.each([
    ["Node", `On a fresh machine with git, Node ${/^>=(\d+)$/.exec(manifest.engines.node)?.[1]} or newer and npm (GitHub runs the action itself on Node ${runtime})`],
    ["Node, Building", `**Supported Node versions: ${/^>=(\d+)$/.exec(manifest.engines.node)?.[1]} and newer** (\`engines\`)`],
    ["TypeScript", `on **TypeScript ${locked("typescript").split(".").slice(0, 2).join(".")}**`],
    ["vitest", `tests (vitest ${locked("vitest").split(".")[0]}, four workers`],
    ["local-action", `\`@github/local-action\` ${locked("@github/local-action")}:`],
  ])("%s: %s", (_, claim) => {
    expect(readme.includes(claim), `the README says "${claim}"`).toBe(true);
  });

  // The action, the reusable workflow's run-step jobs and `flows` here run one Bun: the one the
  // README's defaults name (action.yml and flows.yml are held to those in reference.test.ts and
  // workflow-inputs.test.ts).
  it("installs the Bun the action and the reusable workflow default to", () => {
    const reusable = parse(readFileSync(".github/workflows/flows.yml", "utf8")) as { on: { workflow_call: { inputs: Record<string, { default?: string }> } } };
    expect(DEFAULT_BUN_VERSION).toBe(action.inputs["bun-version"]?.default);
    expect(String(reusable.on.workflow_call.inputs["bun-version"]?.default)).toBe(DEFAULT_BUN_VERSION);
    expect(locked("bun")).toBe(DEFAULT_BUN_VERSION);
  });

  it("says on which Node .ci/run runs", () => {
    const ci = readFileSync(".ci/run", "utf8");
    const oldest = /"\$major" -lt (\d+)/.exec(ci)?.[1];
    const fallback = /npm install [^\n]* node@(\d+)/.exec(ci)?.[1];
    expect(readme).toContain(`on the machine's own Node when it is ${oldest} or newer, else on Node ${fallback} from npm's \`node\` package`);
  });

  it("runs vitest with the four workers it says", () => {
    expect(readFileSync("vitest.config.ts", "utf8")).toMatch(/maxWorkers: 4,/);
  });
});

type Input = { description: string; default?: string };
const action = parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, Input> };

describe("defaults in action.yml and `flows --help`", () => {
  // An empty default means the code's own (action.yml says "Empty means 16"); the README's table is
  // checked against action.yml in reference.test.ts.
  it.each([
    ["concurrency", DEFAULT_CONCURRENCY],
    ["watch-max-requests", DEFAULT_MAX_REQUESTS],
  ])("the %s input says its empty value means %i", (name, value) => {
    expect(action.inputs[name]?.default).toBe("");
    expect(action.inputs[name]?.description).toMatch(new RegExp(`Empty means ${value}\\b`));
  });

  const outputs = (parse(readFileSync("action.yml", "utf8")) as { outputs: Record<string, { description: string }> }).outputs;
  it.each([
    ["bun-download-url", `Downloads over ${MAX_BUN_DOWNLOAD_BYTES / MiB} MiB, or taking over ${DEFAULT_TRANSFER_TIMEOUT_MS / 60_000} minutes`],
    ["checks", `the steps past a job's first ${MAX_STEP_CHECK_RUNS} share one`],
    ["handover", `and so on up to ${MAX_HANDOVERS_PER_RUN})`],
    ["handled-runs", `(at most ${HANDED_OVER_LIMIT_BYTES / KiB} KiB)`],
    ["backend-timeout-minutes", `at most ${MAX_BACKEND_TIMEOUT_MINUTES})`],
    ["backend-url", `Its user-info and its query values of ${MIN_QUERY_SECRET_LENGTH} characters or more are masked, and so is its path when ${MIN_PATH_SECRET_LENGTH} characters or longer (a webhook URL's key), whole and each segment of ${MIN_PATH_SEGMENT_SECRET_LENGTH} characters or more.`],
  ])("the %s input says %s", (name, claim) => {
    expect(action.inputs[name]?.description).toContain(claim);
  });

  it.each([
    ["results", `past ${RESULTS_OUTPUT_LIMIT_BYTES / KiB} KiB`],
    ["results-omitted", `did not fit its ${RESULTS_OUTPUT_LIMIT_BYTES / KiB} KiB`],
    ["handled-runs", `(as many views as fit ${HANDED_OVER_LIMIT_BYTES / KiB} KiB)`],
    ["job-steps", `past ${JOB_STEPS_LIMIT_BYTES / KiB} KiB`],
  ])("the %s output says %s", (name, claim) => {
    expect(outputs[name]?.description).toContain(claim);
  });

  it("the README gives handled-runs the plan's limit", () => {
    expect(readme).toContain(`(\`handled-runs\`, at most ${HANDED_OVER_LIMIT_BYTES / KiB} KiB;`);
  });

  it.each([
    ["concurrency", DEFAULT_CONCURRENCY],
    ["max-requests", DEFAULT_MAX_REQUESTS],
  ] as const)("--%s says its default is %i", (name, value) => {
    expect(OPTIONS[name].description).toContain(`default ${value}`);
  });
});
