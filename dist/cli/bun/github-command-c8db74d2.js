// @bun
import {
  UserError,
  UsageError,
  closest,
  didYouMean,
  redactor,
  parseRedactInput
} from "./main-f081c345.js";
import {
  gitHubConditionContext,
  discoverFlows,
  inlineText,
  inlineCode,
  renderSummary,
  flatten,
  allProblems,
  readJsonFile
} from "./main-705341a3.js";
import"./main-a2f440ba.js";
import {
  readGitHubRunContext,
  loadGitHubEvent,
  flowEventFromGitHub
} from "./main-eee22fe1.js";
import {
  checkContract
} from "./main-fbb7e2a8.js";
import {
  validateRunsFile
} from "./main-845a148e.js";
import {
  FLOW_RESULT_STATUSES,
  PROCESS_STATUSES,
  mergeEventRecords
} from "./main-e531f9c3.js";
import {
  defaultStateDir2
} from "./main-05797a8a.js";
import {
  flowsActionPackageDir2
} from "./main-8c27923c.js";
import {
  runIdFor,
  DEFAULT_CONCURRENCY,
  dispatch,
  matchEvent,
  briefOutcome2
} from "./main-86eff04f.js";
import {
  debugClient
} from "./main-7a501d57.js";
import {
  CHECKS_MODES,
  COMMENT_MODES,
  HANDOVER_MODES2,
  handoverAction2,
  apiFailure
} from "./main-70820b85.js";
import {
  MemoryStateStore
} from "./main-73c2a2c4.js";
import"./main-d86cd4d4.js";
import {
  StateNotSavedError
} from "./main-828ff369.js";
import {
  RECORD_FORMAT_VERSION
} from "./main-93ca63ca.js";

// src/cli/github-command.ts
import { readFile as readFile2 } from "fs/promises";
import { join as join5, resolve } from "path";

// src/log-text.ts
function logText(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    if (char === `
`)
      return "\\n";
    if (char === "\r")
      return "\\r";
    if (char === "\t")
      return "\\t";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

// src/state/lazy-store.ts
class LazyStateStore {
  kind;
  #open;
  #store;
  #opened;
  constructor(kind, open) {
    this.kind = kind;
    this.#open = open;
  }
  get problems() {
    return this.#opened?.problems ?? [];
  }
  get isOpen() {
    return this.#store !== undefined;
  }
  async loadEvent(eventId) {
    return (await this.#real()).loadEvent(eventId);
  }
  async saveEvent(record) {
    return (await this.#real()).saveEvent(record);
  }
  async listEvents(query) {
    return (await this.#real()).listEvents(query);
  }
  async flush() {
    if (this.#store)
      await (await this.#store).flush();
  }
  async close() {
    if (this.#store)
      await (await this.#store).close?.();
  }
  #real() {
    this.#store ??= this.#open().then((store) => {
      this.#opened = store;
      return store;
    });
    return this.#store;
  }
}

// src/action/bun.ts
import { access, constants } from "fs/promises";
import { delimiter, dirname, join } from "path";
async function resolveBun(options) {
  const platform = options.platform ?? process.platform;
  const onPath = await findOnPath(platform === "win32" ? "bun.exe" : "bun", options.env.PATH ?? "");
  if (onPath)
    return onPath;
  const { bunVersion: version, bunDownloadUrl } = options.inputs;
  const asset = bunAssetName(platform, options.arch ?? process.arch);
  const tc = await import("@actions/tool-cache");
  let folder = tc.find("bun", version);
  if (folder) {
    options.io.info(`bun is not on PATH; using Bun ${version} from the tool cache (${folder}).`);
  } else {
    const url = `${bunDownloadUrl}/bun-v${version}/${asset}.zip`;
    options.io.info(`bun is not on PATH; installing Bun ${version} from ${url} into the tool cache.`);
    let archive;
    try {
      archive = await tc.downloadTool(url);
    } catch (error) {
      throw new UserError(`downloading Bun ${version} from ${url} failed (${error instanceof Error ? error.message : String(error)}). Check the "bun-version" input, or put bun on PATH before this step (for example with oven-sh/setup-bun).`);
    }
    const extracted = await tc.extractZip(archive);
    folder = await tc.cacheDir(join(extracted, asset), "bun", version);
  }
  const executable = join(folder, platform === "win32" ? "bun.exe" : "bun");
  options.env.PATH = [dirname(executable), options.env.PATH].filter(Boolean).join(delimiter);
  return executable;
}
function bunAssetName(platform, arch) {
  const os = platform === "win32" ? "windows" : platform;
  const cpu = arch === "arm64" ? "aarch64" : arch === "x64" ? "x64" : undefined;
  if (!["linux", "darwin", "windows"].includes(os) || !cpu) {
    throw new UserError(`Bun has no release for ${platform}/${arch}; install bun on PATH yourself before this step.`);
  }
  return `bun-${os}-${cpu}`;
}
async function findOnPath(name, path) {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return;
}

// src/action/context.ts
function readRunnerEnvironment(env, cwd = process.cwd()) {
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    ...repository ? { repository } : {},
    ...runId ? { runId } : {},
    runAttempt: env.GITHUB_RUN_ATTEMPT || "1",
    serverUrl,
    ...env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {},
    ...env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {},
    ...env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {},
    ...env.RUNNER_TEMP ? { temp: env.RUNNER_TEMP } : {},
    insideWorkflowRun: Boolean(repository && runId && env.GITHUB_ACTIONS === "true"),
    ...env.GITHUB_SERVER_URL && repository && runId ? { runUrl: `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${runId}` } : {}
  };
}

// src/action/debug.ts
function debugStore(store, debug) {
  return {
    get kind() {
      return store.kind;
    },
    get problems() {
      return store.problems;
    },
    async loadEvent(eventId) {
      const record = await store.loadEvent(eventId);
      debug(`state ${store.kind}: get ${eventId} \u2192 ${record ? `${record.runs.length} run(s), dispatched ${record.dispatchCount} time(s)` : "not stored"}`);
      return record;
    },
    async saveEvent(record) {
      await store.saveEvent(record);
      const runs = record.runs.map((run) => `${run.flowName}/${run.stepName} ${run.effectiveStatus}`).join(", ");
      debug(`state ${store.kind}: put ${record.event.id}${runs ? ` (${runs})` : " (event only)"}`);
    },
    async listEvents(query) {
      const records = await store.listEvents(query);
      debug(`state ${store.kind}: list${query?.type ? ` type=${query.type}` : ""} \u2192 ${records.length} event(s)`);
      return records;
    },
    async flush() {
      await store.flush();
      debug(`state ${store.kind}: flush`);
    },
    async close() {
      await store.close?.();
    }
  };
}

// src/action/state.ts
import { isAbsolute, join as join2 } from "path";
var STATE_KINDS = ["artifact", "branch", "file", "none"];
function readStateKind(value) {
  const kind = (value || "artifact").toLowerCase();
  if (!STATE_KINDS.includes(kind)) {
    throw new ActionInputError(`Input "state" is "${value}"; expected one of: ${STATE_KINDS.join(", ")}.`);
  }
  return kind;
}
async function openActionStore({ inputs, env, repoRoot, debug }) {
  if (inputs.state === "none")
    return new MemoryStateStore;
  const { createStateStore } = await import("./index-8033490d.js");
  switch (inputs.state) {
    case "file": {
      const dir = inputs.stateDir ? isAbsolute(inputs.stateDir) ? inputs.stateDir : join2(repoRoot, inputs.stateDir) : defaultStateDir2(repoRoot);
      return createStateStore({ kind: "file", dir });
    }
    case "branch":
      return createStateStore({ kind: "branch", branch: inputs.stateBranch, remoteUrl: branchRemoteUrl(env), token: inputs.githubToken });
    case "artifact":
      return openArtifactStore(inputs, env, debug);
  }
}
function branchRemoteUrl(env) {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository)
    throw new ActionInputError('state "branch" needs GITHUB_REPOSITORY, which the runner sets.');
  const server = new URL(env.GITHUB_SERVER_URL || "https://github.com");
  return `${server.toString().replace(/\/$/, "")}/${repository}.git`;
}
async function openArtifactStore(inputs, env, debug) {
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: runAttempt } = env;
  if (!repository || !runId) {
    throw new ActionInputError('state "artifact" keeps records as workflow artifacts, so it only works inside a workflow run (GITHUB_REPOSITORY and GITHUB_RUN_ID are missing). Use state: file locally.');
  }
  if (!inputs.githubToken) {
    throw new ActionInputError('state "artifact" reads earlier runs\' artifacts through the API: give the action a token ("github-token", default ${{ github.token }}) with actions: read.');
  }
  const { createStateStore } = await import("./index-8033490d.js");
  return createStateStore({
    kind: "artifact",
    artifact: {
      token: inputs.githubToken,
      repository,
      apiUrl: env.GITHUB_API_URL || "https://api.github.com",
      runId,
      runAttempt: runAttempt || "1",
      ...debug ? { debug } : {}
    }
  });
}
async function flushActionStore(store, io) {
  try {
    await store.flush();
  } catch (error) {
    if (error instanceof StateNotSavedError) {
      const ids = error.eventIds.map((id) => `- ${inlineCode(id)}`).join(`
`);
      await io.appendSummary(`
### :x: State not saved

The records of these events could not be saved to ${inlineCode(error.where)}; their steps ran, and a redelivery would run them again:

${ids}
`).catch(() => {
        return;
      });
    }
    throw error;
  }
}

// src/action/inputs.ts
class ActionInputError extends UserError {
  name = "ActionInputError";
}
var ACTION_MODES = ["dispatch", "plan", "run-step", "report", "http"];
var DEFAULT_FLOWS_PATH = [".codex/flows", "flows"];
var DEFAULT_BUN_VERSION = "1.4.5";
var DEFAULT_BUN_DOWNLOAD_URL = "https://github.com/oven-sh/bun/releases/download";
function readInputs(io) {
  const token = io.getInput("github-token");
  if (token)
    io.setSecret(token);
  redactor.add(token);
  for (const secret of parseRedactInput(io.getInput("redact"))) {
    io.setSecret(secret);
    redactor.add(secret);
  }
  const flowsPath = io.getMultilineInput("flows-path").flatMap(splitList);
  const event = io.getInput("event");
  const replay = io.getInput("replay");
  return {
    flowsPath: flowsPath.length > 0 ? flowsPath : DEFAULT_FLOWS_PATH,
    githubToken: token,
    concurrency: readConcurrency(io.getInput("concurrency")),
    ...event ? { event } : {},
    dryRun: readBoolean(io, "dry-run", false),
    failOn: readFailOn(io.getInput("fail-on")),
    bunVersion: io.getInput("bun-version") || DEFAULT_BUN_VERSION,
    bunDownloadUrl: (io.getInput("bun-download-url") || DEFAULT_BUN_DOWNLOAD_URL).replace(/\/+$/, ""),
    state: readStateKind(io.getInput("state")),
    stateBranch: io.getInput("state-branch") || "flows-state",
    stateDir: io.getInput("state-dir"),
    ...replay ? { replay } : {},
    report: {
      checks: oneOf(io.getInput("checks") || "per-step", CHECKS_MODES, "checks"),
      comment: oneOf(io.getInput("comment") || "on-pr", COMMENT_MODES, "comment"),
      commentKey: io.getInput("comment-key") || "default",
      handover: oneOf(io.getInput("handover") || "auto", HANDOVER_MODES2, "handover"),
      botLogin: io.getInput("bot-login")
    },
    mode: oneOf(io.getInput("mode") || "dispatch", ACTION_MODES, "mode"),
    watch: io.getMultilineInput("watch").join(`
`),
    ...readWatchMaxRequests(io.getInput("watch-max-requests")),
    steps: io.getInput("steps"),
    runsFile: io.getInput("runs-file"),
    runsDir: io.getInput("runs-dir"),
    backend: readBackend(io),
    workspaceBackendUrl: io.getInput("workspace-backend-url"),
    exportEnv: readBoolean(io, "export-env", false)
  };
}
function readBackend(io) {
  const backend = {
    url: io.getInput("backend-url"),
    token: io.getInput("backend-token"),
    apiKey: io.getInput("backend-api-key"),
    hmacSecret: io.getInput("backend-hmac-secret")
  };
  for (const secret of [backend.token, backend.apiKey, backend.hmacSecret])
    if (secret)
      io.setSecret(secret);
  redactor.add(backend.token, backend.apiKey, backend.hmacSecret);
  const timeout = io.getInput("backend-timeout-minutes") || "10";
  const minutes = Number(timeout);
  if (!(minutes > 0))
    throw new ActionInputError(`Input "backend-timeout-minutes" is "${timeout}"; expected a positive number.`);
  return { ...backend, timeoutMs: minutes * 60000 };
}
function splitList(value) {
  return value.split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
}
function readBoolean(io, name, fallback) {
  const value = io.getInput(name);
  if (value === "")
    return fallback;
  try {
    return io.getBooleanInput(name);
  } catch {
    throw new ActionInputError(`Input "${name}" is "${value}"; expected true or false.`);
  }
}
function readConcurrency(value) {
  if (value.trim() === "")
    return DEFAULT_CONCURRENCY;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new ActionInputError(`Input "concurrency" is "${value}"; expected a whole number of at least 1.`);
  }
  return parsed;
}
function readWatchMaxRequests(value) {
  if (value.trim() === "")
    return {};
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new ActionInputError(`Input "watch-max-requests" is "${value}"; expected a whole number of at least 1 (requests one poll may make; default 300).`);
  }
  return { watchMaxRequests: parsed };
}
var KNOWN_STATUSES = [...new Set([...FLOW_RESULT_STATUSES, ...PROCESS_STATUSES])];
function readFailOn(value) {
  const items = splitList(value || "failed").map((item) => item.toLowerCase());
  if (items.length === 1 && items[0] === "none")
    return new Set;
  const statuses = new Set;
  for (const item of items) {
    if (item === "needs-attention" || item === "needs_attention") {
      statuses.add("blocked");
      statuses.add("needs_intervention");
    } else if (KNOWN_STATUSES.includes(item)) {
      statuses.add(item);
    } else {
      throw new ActionInputError(`Input "fail-on" has "${item}"; expected a list of: ${KNOWN_STATUSES.join(", ")}, needs-attention, or none.`);
    }
  }
  return statuses;
}
function oneOf(value, allowed, name) {
  if (allowed.includes(value))
    return value;
  throw new ActionInputError(`Input "${name}" is "${value}"; expected one of: ${allowed.join(", ")}.`);
}

// src/action/handover.ts
import { join as join3 } from "path";

// src/action/reporter.ts
async function actionClient(context) {
  const { createGitHubClient } = await import("./client-b3f8dc81.js");
  const client = await createGitHubClient({ token: context.token, baseUrl: context.runner.apiUrl, log: (m) => context.io.info(m) });
  return context.debug ? debugClient(client, context.debug) : client;
}

class ActionReporter {
  context;
  #reporter;
  #finished = false;
  constructor(context) {
    this.context = context;
  }
  get enabled() {
    const { report, runner, token } = this.context;
    return (report.checks !== "off" || report.comment !== "off") && Boolean(token) && runner.insideWorkflowRun;
  }
  get observer() {
    if (!this.enabled)
      return;
    return {
      onStepStart: async (run) => (await this.#open())?.onStepStart?.(run),
      onStepLine: () => {},
      onStepEnd: async (run) => (await this.#reporter)?.onStepEnd?.(run)
    };
  }
  async finish(outcome) {
    if (this.#finished)
      return;
    this.#finished = true;
    const worth = outcome !== undefined && this.enabled && worthReporting(outcome, this.context.report.comment);
    if (!this.#reporter && !worth)
      return;
    const reporter = await this.#open();
    if (!reporter)
      return;
    const report = await reporter.finish(outcome);
    for (const link of report.checkRunLinks ?? [])
      this.context.io.info(logText(`${link.name.replace(/^flows: /, "")}: check run ${link.url}`));
    if (report.summaryNote)
      await this.context.io.appendSummary(report.summaryNote);
  }
  #open() {
    this.#reporter ??= this.enabled ? this.#create() : Promise.resolve(undefined);
    return this.#reporter;
  }
  async#create() {
    const { io, runner, event, report } = this.context;
    const [client, { createGitHubReporter }] = await Promise.all([actionClient(this.context), import("./github-reporter-130360e8.js")]);
    return createGitHubReporter({
      client,
      repository: runner.repository,
      event,
      ...runner.sha ? { githubSha: runner.sha } : {},
      checks: report.checks,
      comment: report.comment,
      commentKey: report.commentKey,
      ...runner.runUrl ? { runUrl: runner.runUrl } : {},
      io,
      repoRoot: runner.workspace,
      ...report.botLogin ? { botLogin: report.botLogin } : {}
    });
  }
}
function worthReporting(outcome, comment) {
  if (outcome.dryRun)
    return false;
  const ran = flatten(outcome).some((each) => each.runs.length > 0);
  return ran || allProblems(outcome).some((p) => p.severity === "error") || comment === "always";
}

// src/action/handover.ts
function handoverAction(context) {
  if (!context.runner.insideWorkflowRun)
    return "none";
  return handoverAction2(context.report.handover, context.event);
}
async function uploadHandover(context, outcome) {
  if (context.dryRun)
    return;
  const { commitForEvent, handoverFromOutcome, pullRequestsInEvent, uploadHandover: upload, writeHandover } = await loadHandover();
  const { runner } = context;
  const headSha = commitForEvent(context.event, { sha: runner.sha }).sha;
  if (!headSha) {
    context.io.warning("The results were not handed over: this event names no commit to report them on.");
    return;
  }
  const dir = join3(runner.temp || runner.workspace, "flows-report");
  const file = await writeHandover(dir, handoverFromOutcome(outcome, { repository: runner.repository, headSha, prNumbers: pullRequestsInEvent(outcome.event) }));
  await upload({ file, rootDirectory: dir });
  context.io.info("This pull request comes from a fork, so its token cannot write checks or comments: the results were uploaded as the flows-report artifact for a workflow_run job to publish (see docs/pull-requests.md).");
}
async function publishHandedOver(context) {
  const { triggeringRun, publishHandover } = await loadHandover();
  const run = triggeringRun(context.event);
  if (!run)
    throw new ActionInputError('handover "publish" needs a workflow_run event (the run whose results to publish).');
  const { runner, report } = context;
  const result = await publishHandover({
    client: await actionClient(context),
    repository: runner.repository,
    workflowRun: run,
    checks: report.checks,
    comment: report.comment,
    commentKey: report.commentKey,
    io: context.io,
    ...runner.runUrl ? { runUrl: runner.runUrl } : {},
    ...report.botLogin ? { botLogin: report.botLogin } : {}
  });
  const lines = [
    "### flows-action handover",
    "",
    result.published ? `Published the results of run ${run.id}: ${result.checkRuns} check run${result.checkRuns === 1 ? "" : "s"}${result.commentUrl ? `, [the comment](${result.commentUrl})` : ""}.` : `Nothing was published for run ${run.id}.${result.warnings.length ? ` ${result.warnings.join(" ")}` : ""}`
  ];
  await context.io.appendSummary(`${lines.join(`
`)}
${result.summaryNote ?? ""}`);
}
async function loadHandover() {
  const [handover, commit, pulls] = await Promise.all([
    import("./handover-086f63a0.js"),
    import("./checks-commit-d6c635df.js"),
    import("./comment-pulls-a795d5b5.js")
  ]);
  return { ...handover, commitForEvent: commit.commitForEvent, pullRequestsInEvent: pulls.pullRequestsInEvent };
}

// src/action/log-groups.ts
var BUFFER_LIMIT_CHARS = 1024 * 1024;
function logGroups(io) {
  let live;
  const running = new Map;
  const ended = [];
  const open = (buffered) => {
    live = buffered.run.id;
    io.startGroup(title(buffered.run));
    printBuffered(buffered);
  };
  const printBuffered = (buffered) => {
    if (buffered.lines.length > 0)
      io.plain(buffered.lines.join(`
`));
    if (buffered.dropped > 0)
      io.info(`(${buffered.dropped} more lines of output are not in the log; the job summary shows the output tail)`);
    buffered.lines = [];
    buffered.chars = 0;
  };
  const close = (run) => {
    io.endGroup();
    io.info(statusLine(run));
  };
  return {
    onStepStart(run) {
      const buffered = { run, lines: [], chars: 0, dropped: 0 };
      running.set(run.id, buffered);
      if (live === undefined)
        open(buffered);
    },
    onStepLine(run, _stream, line) {
      if (run.id === live) {
        io.plain(line);
        return;
      }
      const buffered = running.get(run.id);
      if (!buffered)
        return;
      if (buffered.chars + line.length > BUFFER_LIMIT_CHARS) {
        buffered.dropped += 1;
        return;
      }
      buffered.lines.push(line);
      buffered.chars += line.length + 1;
    },
    onStepEnd(run) {
      const buffered = running.get(run.id) ?? { run, lines: [], chars: 0, dropped: 0 };
      running.delete(run.id);
      if (live !== undefined && run.id !== live) {
        ended.push({ buffered, run });
        return;
      }
      if (run.id === live) {
        close(run);
        live = undefined;
      } else {
        io.startGroup(title(run));
        printBuffered(buffered);
        close(run);
      }
      for (const done of ended.splice(0)) {
        io.startGroup(title(done.run));
        printBuffered(done.buffered);
        close(done.run);
      }
      const next = running.values().next();
      if (!next.done)
        open(next.value);
    }
  };
}
function title(run) {
  return logText(`${run.flowName}/${run.stepName}`);
}
function statusLine(run) {
  const why = run.error ?? (typeof run.resultPayload?.message === "string" ? run.resultPayload.message : undefined);
  return logText(`${title(run)}: ${run.effectiveStatus}${why ? ` \u2014 ${why.split(`
`)[0]}` : ""}`);
}

// src/action/outcome.ts
function assembleOutcome(parts) {
  const duplicate = parts.runs.length > 0 && parts.runs.every((run) => run.alreadyHandled);
  const runIds = parts.runIds ?? parts.runs.map((run) => run.id);
  return {
    status: duplicate ? "duplicate" : "accepted",
    eventId: parts.event.id,
    runIds,
    matched: duplicate ? 0 : runIds.length,
    ...duplicate ? { idempotent: true } : {},
    event: parts.event,
    runs: parts.runs,
    mismatches: parts.mismatches ?? [],
    problems: parts.problems ?? [],
    shadowed: parts.shadowed ?? [],
    children: parts.children ?? [],
    dryRun: parts.dryRun ?? false
  };
}
function nothingRan(event) {
  return assembleOutcome({ event, runs: [] });
}

// src/action/watch.ts
var WATCH_EVENT_TYPES = new Set(["schedule", "workflow_dispatch"]);
async function watchReleases(options) {
  const { io, env, inputs } = options;
  const { loadWatchConfig, watchAndDispatch, WatchConfigError, watchStatus } = await import("./index-aee671bc.js");
  let watches;
  try {
    watches = await loadWatchConfig({ repoRoot: options.repoRoot, input: inputs.watch });
  } catch (error) {
    if (error instanceof WatchConfigError) {
      for (const problem of error.problems) {
        io.error(problem.message, { title: "flows-action watch", file: problem.file, startLine: problem.line, startColumn: problem.column });
      }
    }
    throw error;
  }
  if (watches.length === 0)
    return [];
  const { createGitHubClient } = await import("./client-b3f8dc81.js");
  const client = await createGitHubClient({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL, log: (m) => io.info(m) });
  io.info(`Polling ${watches.length} watched repositor${watches.length === 1 ? "y" : "ies"} for new releases.`);
  const result = await watchAndDispatch({
    client,
    store: options.store,
    watches,
    dryRun: inputs.dryRun,
    ...inputs.watchMaxRequests ? { budget: { maxRequests: inputs.watchMaxRequests } } : {},
    log: (message) => io.info(message),
    dispatchOptions: {
      repoRoot: options.repoRoot,
      discovery: options.discovery,
      concurrency: inputs.concurrency,
      env: options.stepEnv,
      bunPath: options.bunPath,
      launchedBy: "flows-action:watch",
      observer: options.observer,
      signal: options.signal
    }
  });
  const rows = result.reports.map((report) => {
    if (report.status === "error")
      io.warning(`Watching ${report.repo} failed: ${report.message ?? "unknown error"}`);
    return `| ${inlineCode(report.repo)} | ${report.status} | ${report.newReleases} | ${inlineText(report.message ?? "", 300)} |`;
  });
  const { requests } = result;
  const cost = `${requests.requests} request(s) of ${requests.maxRequests} allowed, ${requests.notModified} answered 304 (free)${requests.rateRemaining === undefined ? "" : `; rate limit left: ${requests.rateRemaining}`}.`;
  const stopped = requests.stopped ? `Stopped early: ${inlineText(requests.stopped.reason, 300)}. ${requests.stopped.notPolled} repositories were not polled; the next run starts with ${inlineCode(requests.stopped.nextRepo)}.` : "";
  if (requests.stopped)
    io.warning(`Watching stopped early: ${requests.stopped.reason}. ${requests.stopped.notPolled} repositories are polled first by the next run.`);
  const status = await watchStatus({ store: options.store, watches });
  await io.appendSummary([
    "### Upstream releases",
    "",
    "| Repository | Poll | New releases | Note |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    cost,
    ...stopped ? ["", stopped] : [],
    "",
    ...statusSection(status)
  ].join(`
`));
  return result.outcomes;
}
function statusSection(status) {
  const time = (iso) => iso ? iso.replace("T", " ").replace(/:\d{2}(?:\.\d+)?Z$/, "Z") : "\u2014";
  const age = (seconds) => seconds === undefined ? "\u2014" : seconds >= 3600 ? `${Math.floor(seconds / 3600)}h ${Math.floor(seconds % 3600 / 60)}m` : `${Math.floor(seconds / 60)}m`;
  const rows = status.repositories.map((repo) => {
    const pending = repo.pending.map((held) => `${inlineCode(held.tag)} eligible ${time(held.eligibleAt)}`).join("<br>") || "none";
    const last = repo.lastDispatched ? `${inlineCode(repo.lastDispatched.tag)} ${time(repo.lastDispatched.at)}` : "none";
    return `| ${inlineCode(repo.repo)} | ${repo.polled ? time(repo.lastPoll) : "not yet"} | ${age(repo.etagAgeSeconds)} | ${pending} | ${last} |`;
  });
  return [
    "#### Watch status",
    "",
    "| Repository | Last poll | ETag age | Pending (eligible at, UTC) | Last dispatched |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    ""
  ];
}

// src/action/changed-files.ts
var sources = new WeakMap;
function pullRequestFilesSource(context) {
  const { inputs, runner } = context;
  const repository = runner.repository;
  if (!inputs.githubToken || !repository)
    return;
  let source = sources.get(context);
  if (!source) {
    const listings = new Map;
    source = (event) => {
      let listing = listings.get(event.id);
      if (!listing) {
        listing = listFiles(context, repository, event);
        listings.set(event.id, listing);
      }
      return listing;
    };
    sources.set(context, source);
  }
  return source;
}
async function listFiles(context, repository, event) {
  const number = event.payload?.number;
  if (typeof number !== "number")
    return;
  const { io, runner, inputs, debug } = context;
  const [client, { pullRequestFiles, PULL_REQUEST_FILES_LIMIT }] = await Promise.all([
    actionClient({ io, runner, token: inputs.githubToken, ...debug ? { debug } : {} }),
    import("./pulls-01a657af.js")
  ]);
  let listed;
  try {
    listed = await pullRequestFiles(client, { repository, number });
  } catch (error) {
    const failure = apiFailure(error);
    const hint = failure.kind === "permission" || failure.kind === "not-found" ? " (the token needs pull-requests: read)" : "";
    throw new Error(`GET pulls/${number}/files in ${repository} failed: ${failure.message}${hint}`);
  }
  if (listed.complete)
    return listed.files;
  return {
    files: listed.files,
    incomplete: `pull request #${number} touches more files than GitHub lists (${PULL_REQUEST_FILES_LIMIT}), and none of those ` + "matched; the files left off cannot be checked"
  };
}

// src/action/outputs.ts
var RESULTS_OUTPUT_LIMIT_CHARS = 512 * 1024;
async function writeOutputs(io, outcome) {
  const runs = flatten(outcome).flatMap((each) => each.runs);
  await io.setOutput("event-id", outcome.eventId);
  await io.setOutput("event-type", outcome.event.type);
  await io.setOutput("matched", String(outcome.matched));
  await io.setOutput("already-handled", String(runs.filter((run) => run.alreadyHandled).length));
  await io.setOutput("needs-attention", String(runs.some((run) => run.needsAttention)));
  await io.setOutput("results", resultsJson(runs));
}
function resultsJson(runs) {
  const views = runs.map(({ output: _output, ...view }) => view);
  const full = JSON.stringify(views);
  if (full.length <= RESULTS_OUTPUT_LIMIT_CHARS)
    return full;
  const brief = runs.map((run) => ({
    id: run.id,
    eventId: run.eventId,
    flowName: run.flowName,
    stepName: run.stepName,
    processStatus: run.processStatus,
    resultStatus: run.resultStatus,
    effectiveStatus: run.effectiveStatus,
    needsAttention: run.needsAttention,
    message: typeof run.resultPayload?.message === "string" ? run.resultPayload.message.slice(0, 500) : undefined,
    truncated: true
  }));
  return JSON.stringify(brief);
}

// src/action/publish.ts
var ANNOTATIONS_PER_KIND = 10;
async function publishOutcome(outcome, options) {
  const { io, runner } = options;
  const repoRoot = runner.workspace;
  logAlreadyHandled(io, outcome);
  annotate(io, allProblems(outcome), repoRoot);
  await io.appendSummary(renderSummary(outcome, { runUrl: runner.runUrl, baseDir: repoRoot }));
  await writeOutputs(io, outcome);
  const failing = failingRuns(outcome, options.failOn);
  if (failing.length > 0) {
    const names = failing.map((run) => `${run.flowName}/${run.stepName} (${run.effectiveStatus})`);
    io.setFailed(`${failing.length} flow step${failing.length === 1 ? "" : "s"} ended with a status listed in fail-on: ${names.join(", ")}`);
  }
}
function failingRuns(outcome, failOn) {
  return flatten(outcome).flatMap((each) => each.runs).filter((run) => failOn.has(run.effectiveStatus));
}
function logAlreadyHandled(io, outcome) {
  for (const each of flatten(outcome)) {
    const handled = each.runs.filter((run) => run.alreadyHandled);
    if (handled.length === 0)
      continue;
    const steps = handled.map((run) => `${run.flowName}/${run.stepName} (${run.effectiveStatus})`).join(", ");
    const all = handled.length === each.runs.length;
    io.info(logText(`Event ${each.eventId} was already handled${all ? ", nothing ran" : ""}: ${steps} ${handled.length === 1 ? "was" : "were"} handled before and not run again.`));
  }
}
function annotate(io, problems, repoRoot) {
  const counts = { error: 0, warning: 0 };
  for (const problem of problems) {
    counts[problem.severity] += 1;
    const properties = {
      title: "flows-action",
      file: problem.file.startsWith(`${repoRoot}/`) ? problem.file.slice(repoRoot.length + 1) : problem.file,
      startLine: problem.line,
      startColumn: problem.column
    };
    if (counts[problem.severity] > ANNOTATIONS_PER_KIND)
      continue;
    if (problem.severity === "error")
      io.error(problem.message, properties);
    else
      io.warning(problem.message, properties);
  }
  const hidden = Math.max(0, counts.error - ANNOTATIONS_PER_KIND) + Math.max(0, counts.warning - ANNOTATIONS_PER_KIND);
  if (hidden > 0) {
    io.warning(`${hidden} more problems in flow packages are not shown as annotations; the job summary lists all ${problems.length}.`);
  }
}

// src/action/modes/common.ts
function discover(context) {
  return discoverFlows({ repoRoot: context.runner.workspace, roots: context.inputs.flowsPath, eventType: context.event.type });
}
function engineOptions(context, discovery) {
  const { inputs, runner } = context;
  return {
    repoRoot: runner.workspace,
    discovery,
    store: context.store,
    replay: inputs.replay !== undefined,
    concurrency: inputs.concurrency,
    dryRun: inputs.dryRun,
    env: context.stepEnv,
    exportEnv: inputs.exportEnv,
    workspaceBackendUrl: inputs.workspaceBackendUrl || undefined,
    bunPath: context.bunPath,
    launchedBy: runner.actor ? `github-actions:${runner.actor}` : "github-actions",
    signal: context.signal,
    debug: context.debug,
    ...conditionOptions(context),
    explain: context.debug !== undefined
  };
}
function conditionOptions(context) {
  const changedFiles = pullRequestFilesSource(context);
  return { github: conditionGitHub(context), ...changedFiles ? { changedFiles } : {} };
}
function conditionGitHub(context) {
  const webhook = context.event.payload?.github;
  return gitHubConditionContext({ env: context.stepEnv, payload: webhook });
}
function githubContext(context) {
  return {
    io: context.io,
    runner: context.runner,
    token: context.inputs.githubToken,
    event: context.event,
    report: context.inputs.report,
    dryRun: context.inputs.dryRun,
    debug: context.debug
  };
}
function publish(context, outcome) {
  return publishOutcome(outcome, { io: context.io, runner: context.runner, failOn: context.inputs.failOn });
}

// src/action/modes/dispatch.ts
async function dispatchMode(context) {
  const github = githubContext(context);
  const handover = handoverAction(github);
  if (handover === "publish") {
    await publishHandedOver(github);
    return nothingRan(context.event);
  }
  const discovery = await discover(context);
  const options = engineOptions(context, discovery);
  const match = await matchEvent(context.event, discovery, options);
  const reporter = handover === "none" ? new ActionReporter(github) : undefined;
  const observer = alongside(logGroups(context.io), reporter?.observer);
  let outcome;
  try {
    outcome = await dispatch(context.event, { ...options, match, observer });
    if (WATCH_EVENT_TYPES.has(context.event.type) && !context.inputs.replay && !context.inputs.event) {
      const { io, inputs, store, bunPath, signal, stepEnv } = context;
      const releases = await watchReleases({ io, env: stepEnv, inputs, repoRoot: context.runner.workspace, store, discovery, stepEnv, bunPath, observer, signal });
      outcome.children.push(...releases);
    }
  } finally {
    await reporter?.finish(outcome);
  }
  await publish(context, outcome);
  if (handover === "upload")
    await uploadHandover(github, outcome);
  return outcome;
}
function alongside(first, second) {
  if (!second)
    return first;
  return {
    async onStepStart(run) {
      await first.onStepStart?.(run);
      await second.onStepStart?.(run);
    },
    onStepLine(run, stream, line) {
      first.onStepLine?.(run, stream, line);
      second.onStepLine?.(run, stream, line);
    },
    async onStepEnd(run) {
      await first.onStepEnd?.(run);
      await second.onStepEnd?.(run);
    }
  };
}

// src/action/scale-out.ts
import { mkdir, readdir, readFile, writeFile } from "fs/promises";
import { dirname as dirname2, join as join4 } from "path";
var MAX_MATRIX_JOBS = 256;
function planMatrix(planned) {
  const flows = new Map;
  for (const { flowName, stepName } of planned) {
    flows.set(flowName, [...flows.get(flowName) ?? [], { flow: flowName, step: stepName }]);
  }
  const units = [...flows.values()];
  const batched = units.length > MAX_MATRIX_JOBS;
  const jobs = Array.from({ length: Math.min(units.length, MAX_MATRIX_JOBS) }, () => []);
  for (const [i, unit] of units.entries())
    jobs[i % jobs.length]?.push(unit);
  return {
    batched,
    matrix: {
      include: jobs.map((job, index) => {
        const steps = job.flat();
        const name = job.length === 1 ? steps[0]?.flow : `batch ${index + 1} (${job.length} flows, ${steps.length} steps)`;
        return { index, name, steps: JSON.stringify(steps) };
      })
    }
  };
}
function readStepSelection(value) {
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  const valid = Array.isArray(parsed) && parsed.length > 0 && parsed.every((item) => typeof item?.flow === "string" && typeof item?.step === "string");
  if (!valid) {
    throw new ActionInputError('Input "steps" must be the JSON list a plan job wrote, like [{"flow":"bindings","step":"regenerate"}]; pass ${{ matrix.steps }}.');
  }
  return parsed;
}
async function writeRunsFile(path, outcome) {
  await mkdir(dirname2(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(toRunsFile(outcome))}
`);
}
function toRunsFile(outcome) {
  return { version: 1, event: outcome.event, runs: outcome.runs, children: outcome.children.map(toRunsFile) };
}
async function readRunsDir(dir) {
  const files = [];
  const problems = [];
  for (const path of await jsonFiles(dir)) {
    try {
      files.push(checkRunsFile(JSON.parse(await readFile(path, "utf8"))));
    } catch (error) {
      problems.push({ severity: "error", file: path, message: `runs file skipped: ${error.message}` });
    }
  }
  return { files, problems };
}
function mergeRuns(event, files, order, now) {
  const record = files.filter((file) => file.event.id === event.id).map((file) => ({ formatVersion: RECORD_FORMAT_VERSION, event, runs: file.runs, firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 })).reduce(mergeEventRecords, { formatVersion: RECORD_FORMAT_VERSION, event, runs: [], firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 });
  const byId = new Map(record.runs.map((run) => [run.id, run]));
  return order.map((id) => byId.get(id)).filter((run) => run !== undefined);
}
function childFiles(files) {
  const byEvent = new Map;
  for (const child of files.flatMap((file) => file.children)) {
    byEvent.set(child.event.id, [...byEvent.get(child.event.id) ?? [], child]);
  }
  return [...byEvent.values()].map((group) => {
    const first = group[0];
    const runs = mergeRuns(first.event, group, [...new Set(group.flatMap((file) => file.runs.map((run) => run.id)))], new Date().toISOString());
    return { version: 1, event: first.event, runs, children: childFiles(group) };
  });
}
function checkRunsFile(value) {
  return checkContract(validateRunsFile, value, "runs-file.schema.json");
}
async function jsonFiles(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    throw new ActionInputError(`Input "runs-dir" is ${dir}, which cannot be read. Download the run-step artifacts there first.`);
  }
  const nested = await Promise.all(entries.map(async (entry) => {
    const path = join4(dir, entry.name);
    if (entry.isDirectory())
      return jsonFiles(path);
    return entry.name.endsWith(".json") ? [path] : [];
  }));
  return nested.flat().sort();
}

// src/action/modes/report.ts
async function reportMode(context) {
  const { runsDir } = context.inputs;
  if (!runsDir)
    throw new ActionInputError('mode "report" needs the input "runs-dir" (the downloaded run-step artifacts).');
  const { event } = context;
  const discovery = await discover(context);
  const match = await matchEvent(event, discovery, { env: context.stepEnv, ...conditionOptions(context), debug: context.debug });
  const collected = await readRunsDir(runsDir);
  const now = new Date().toISOString();
  const order = match.matched.map(({ flow, step }) => runIdFor(event.id, flow.name, step.name));
  const reported = new Map(mergeRuns(event, collected.files, order, now).map((run) => [run.id, run]));
  const outcome = assembleOutcome({
    event,
    runs: match.matched.map((ref, i) => reported.get(order[i]) ?? missingRun(event, ref, order[i], now)),
    runIds: order,
    mismatches: match.mismatches,
    problems: [...discovery.problems, ...match.problems ?? [], ...collected.problems],
    shadowed: discovery.shadowed,
    children: childFiles(collected.files).map(outcomeFromFile)
  });
  await reportToGitHub(context, outcome);
  await publish(context, outcome);
  return outcome;
}
async function reportToGitHub(context, outcome) {
  await new ActionReporter(githubContext(context)).finish(outcome);
}
function outcomeFromFile(file) {
  return assembleOutcome({ event: file.event, runs: file.runs, children: file.children.map(outcomeFromFile) });
}
function missingRun(event, { flow, step }, id, now) {
  return {
    id,
    eventId: event.id,
    flowName: flow.name,
    flowVersion: flow.version,
    stepName: step.name,
    runner: step.runner,
    processStatus: "canceled",
    effectiveStatus: "canceled",
    needsAttention: false,
    attempts: [],
    error: "The run-step job for this step reported no result (cancelled, timed out or lost); see its job log.",
    createdAt: now,
    updatedAt: now
  };
}

// src/action/modes/http.ts
async function httpMode(context) {
  const { backend } = context.inputs;
  if (!backend.url)
    throw new ActionInputError('mode "http" needs the input "backend-url" (the flow backend to send the event to).');
  const { dispatchToBackend } = await import("./index-580132b1.js");
  const outcome = await dispatchToBackend(context.event, {
    url: backend.url,
    ...backend.token ? { token: backend.token } : {},
    ...backend.apiKey ? { apiKey: backend.apiKey } : {},
    ...backend.hmacSecret ? { hmacSecret: backend.hmacSecret } : {},
    ...backend.timeoutMs ? { timeoutMs: backend.timeoutMs } : {},
    onProgress: (runs) => context.io.info(logText(runs.map((run) => `${run.flowName}/${run.stepName}: ${run.effectiveStatus}`).join(", ")))
  });
  await reportToGitHub(context, outcome);
  await publish(context, outcome);
  return outcome;
}

// src/action/modes/plan.ts
async function planMode(context) {
  const { io, runner } = context;
  const outcome = await dispatch(context.event, { repoRoot: runner.workspace, discovery: await discover(context), dryRun: true, debug: context.debug, env: context.stepEnv, ...conditionOptions(context) });
  const planned = outcome.runs;
  const { matrix, batched } = planMatrix(planned);
  const jobs = matrix.include.length;
  if (batched)
    io.warning(`${planned.length} steps matched, more than GitHub's 256 jobs per matrix allow for one job per flow: they run in ${jobs} batches.`);
  io.setOutput("matrix", JSON.stringify(matrix));
  io.setOutput("has-steps", String(planned.length > 0));
  io.setOutput("event-id", outcome.eventId);
  io.setOutput("event-type", outcome.event.type);
  io.setOutput("matched", String(planned.length));
  if (planned.length === 0) {
    await publishOutcome(outcome, { io, runner, failOn: new Set });
  } else {
    await io.appendSummary(`Planned ${planned.length} step${planned.length === 1 ? "" : "s"} for \`${outcome.event.type}\` in ${jobs} job${jobs === 1 ? "" : "s"}.`);
  }
  return outcome;
}

// src/action/modes/run-step.ts
async function runStepMode(context) {
  const { runsFile, steps } = context.inputs;
  if (!runsFile)
    throw new ActionInputError('mode "run-step" needs the input "runs-file" (where this job writes its runs).');
  const only = readStepSelection(steps);
  const discovery = await discover(context);
  const outcome = await dispatch(context.event, { ...engineOptions(context, discovery), only, observer: logGroups(context.io) });
  await writeRunsFile(runsFile, outcome);
  await publish(context, outcome);
  return outcome;
}

// src/action/replay-edit.ts
function applyReplayOverrides(stored, text) {
  let overrides;
  try {
    overrides = JSON.parse(text);
  } catch (error) {
    throw new ActionInputError(`Input "event" (overrides for the replay of ${stored.id}) is not valid JSON: ${error instanceof Error ? error.message : String(error)}. Write an object such as {"payload": {"tag": "v1.2.3"}}.`);
  }
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    throw new ActionInputError(`Input "event" next to "replay" must be a JSON object of overrides, such as {"payload": {"tag": "v1.2.3"}}.`);
  }
  const { payload, ...fields } = overrides;
  for (const key of ["id", "type"]) {
    if (fields[key] !== undefined && fields[key] !== stored[key]) {
      throw new ActionInputError(`Input "event" changes the ${key} of the replayed event (${JSON.stringify(stored[key])} \u2192 ${JSON.stringify(fields[key])}); a replay keeps both. To run a different event, leave "replay" empty and pass the whole FlowEvent in "event".`);
    }
  }
  if (payload !== undefined && (typeof payload !== "object" || payload === null || Array.isArray(payload))) {
    throw new ActionInputError(`Input "event": "payload" must be an object of the payload keys to change.`);
  }
  const merged = { ...stored.payload ?? {} };
  for (const [key, value] of Object.entries(payload ?? {})) {
    if (value === null)
      delete merged[key];
    else
      merged[key] = value;
  }
  return { ...stored, ...fields, id: stored.id, type: stored.type, payload: merged };
}

// src/action/run.ts
var MODES = {
  dispatch: dispatchMode,
  plan: planMode,
  "run-step": runStepMode,
  report: reportMode,
  http: httpMode
};
async function runAction({ io, env, signal }) {
  const inputs = readInputs(io);
  const runner = readRunnerEnvironment(env);
  const debug = io.isDebug() ? (message) => io.debug(message) : undefined;
  const store = openStore(inputs, env, runner.workspace, debug);
  try {
    const replayed = inputs.replay ? await storedEvent(store, inputs.replay) : undefined;
    const event = replayed ? inputs.event ? applyReplayOverrides(replayed, inputs.event) : replayed : await eventFromGitHub(env, inputs.event);
    io.info(`${inputs.replay ? `Replaying${inputs.event ? " (edited)" : ""}` : "Event"} ${logText(event.type)} \u2192 ${logText(event.id)}`);
    const stepEnv = { ...env };
    const bunPath = once(() => resolveBun({ inputs, io, env: stepEnv }));
    const outcome = await MODES[inputs.mode]({ io, inputs, runner, stepEnv, event, store, bunPath, debug, signal });
    await flushActionStore(store, io);
    return outcome;
  } finally {
    await store.close?.();
  }
}
function openStore(inputs, env, repoRoot, debug) {
  const lazy = new LazyStateStore(inputs.state, () => {
    debug?.(`state ${inputs.state}: open`);
    return openActionStore({ inputs, env, repoRoot, ...debug ? { debug } : {} });
  });
  return debug ? debugStore(lazy, debug) : lazy;
}
async function eventFromGitHub(env, eventInput) {
  const github = await loadGitHubEvent(env);
  return flowEventFromGitHub({ eventName: github.eventName, payload: github.payload, context: readGitHubRunContext(env), eventInput });
}
async function storedEvent(store, eventId) {
  const record = await store.loadEvent(eventId);
  if (!record) {
    throw new ActionInputError(`Input "replay" names event "${eventId}", which the ${store.kind} state store does not hold. Replay needs the state the event was first run with (same "state" input).`);
  }
  return record.event;
}
function once(make) {
  let value;
  return () => {
    value ??= make();
    return value;
  };
}

// src/cli/terminal-io.ts
function terminalIO(options) {
  const out = options.stdout ?? ((text) => process.stdout.write(text));
  const err = options.stderr ?? ((text) => process.stderr.write(text));
  const paint = (code, text) => options.color ? `\x1B[${code}m${text}\x1B[39m` : text;
  const where = (properties) => {
    if (!properties?.file)
      return "";
    return `${[properties.file, properties.startLine, properties.startColumn].filter((x) => x !== undefined).join(":")}: `;
  };
  const io = {
    outputs: new Map,
    summaries: [],
    getInput: (name) => (options.inputs[name] ?? "").trim(),
    getBooleanInput(name) {
      const value = io.getInput(name);
      if (["true", "True", "TRUE"].includes(value))
        return true;
      if (["false", "False", "FALSE"].includes(value))
        return false;
      throw new TypeError(`Input "${name}" is "${value}"; expected true or false.`);
    },
    getMultilineInput: (name) => io.getInput(name).split(`
`).map((line) => line.trim()).filter(Boolean),
    setOutput(name, value) {
      io.outputs.set(name, value);
    },
    setSecret(secret) {
      redactor.add(secret);
    },
    isDebug: () => options.debug === true,
    debug: (message) => {
      if (options.debug)
        err(`${paint(90, `debug: ${message}`)}
`);
    },
    info: (message) => out(`${message}
`),
    plain: (text) => out(`${text}
`),
    notice: (message, properties) => err(`${where(properties)}${paint(36, "notice")}: ${message}
`),
    warning: (message, properties) => err(`${where(properties)}${paint(33, "warning")}: ${message}
`),
    error: (message, properties) => err(`${where(properties)}${paint(31, "error")}: ${message}
`),
    startGroup: (name) => out(`${paint(36, "\u25B8")} ${name}
`),
    endGroup: () => {},
    async appendSummary(markdown) {
      io.summaries.push(markdown);
    },
    setFailed(message) {
      io.failure = message;
      err(`${paint(31, "failed")}: ${message}
`);
    }
  };
  return io;
}

// src/cli/github-command.ts
var GITHUB_EVENT_NAMES = [
  "branch_protection_rule",
  "check_run",
  "check_suite",
  "create",
  "delete",
  "deployment",
  "deployment_status",
  "discussion",
  "discussion_comment",
  "fork",
  "gollum",
  "image_version",
  "issue_comment",
  "issues",
  "label",
  "merge_group",
  "milestone",
  "page_build",
  "public",
  "pull_request",
  "pull_request_review",
  "pull_request_review_comment",
  "pull_request_review_thread",
  "pull_request_target",
  "push",
  "registry_package",
  "package",
  "release",
  "repository_dispatch",
  "schedule",
  "status",
  "watch",
  "workflow_call",
  "workflow_dispatch",
  "workflow_job",
  "workflow_run"
];
async function githubFromCommandLine(ctx, values) {
  const eventName = values["event-name"];
  if (!eventName)
    throw new UsageError("--event-name is required (push, pull_request, release, ...).", "github");
  if (!GITHUB_EVENT_NAMES.includes(eventName)) {
    const suggestion = closest(eventName.replace(/-/g, "_"), GITHUB_EVENT_NAMES) ?? closest(eventName, GITHUB_EVENT_NAMES);
    throw new UsageError(`--event-name "${eventName}" is not a GitHub event name.${suggestion ? ` Did you mean "${suggestion}"?` : ""} ` + "Event names are the workflow trigger names: push, pull_request, release, issue_comment, ...", "github");
  }
  const eventPath = values["event-path"];
  if (!eventPath)
    throw new UsageError("--event-path is required: the webhook payload as JSON.", "github");
  return githubCommand(ctx, { eventName, eventPath, repository: values.repository, inputs: await githubInputs(values, ctx.env) });
}
async function githubCommand(ctx, options) {
  const payload = await readJsonFile(resolve(options.eventPath), "The event payload");
  const io = terminalIO({ inputs: options.inputs, stdout: ctx.err, stderr: ctx.err, color: ctx.color, debug: ctx.env.RUNNER_DEBUG === "1" });
  const env = {
    ...ctx.env,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: resolve(options.eventPath),
    GITHUB_WORKSPACE: ctx.repoRoot,
    GITHUB_REPOSITORY: options.repository ?? ctx.env.GITHUB_REPOSITORY ?? payload?.repository?.full_name ?? "local/repository",
    GITHUB_ACTOR: ctx.env.GITHUB_ACTOR ?? ctx.env.USER ?? "local",
    GITHUB_OUTPUT: undefined,
    GITHUB_STEP_SUMMARY: undefined
  };
  const outcome = await runAction({ io, env });
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ outputs: Object.fromEntries(io.outputs), outcome: briefOutcome2(outcome) }, null, 2)}
`);
  } else {
    ctx.out(`${io.summaries.join(`
`)}
`);
    ctx.out(`Outputs:
`);
    for (const [name, value] of io.outputs)
      ctx.out(`  ${name} = ${name === "results" ? `${value.length} chars of JSON` : value}
`);
  }
  return io.failure ? 1 : 0;
}
async function githubInputs(values, env) {
  const known = await actionInputNames();
  const inputs = {};
  for (const pair of values.input ?? []) {
    const at = pair.indexOf("=");
    if (at <= 0)
      throw new UsageError(`--input takes name=value; got "${pair}".`, "github");
    const name = pair.slice(0, at);
    if (known && !known.includes(name)) {
      throw new UsageError(`--input ${name}: the action has no input "${name}".${didYouMean(name, known)} Its inputs: ${known.join(", ")}.`, "github");
    }
    inputs[name] = pair.slice(at + 1);
  }
  if (values["flows-path"])
    inputs["flows-path"] = values["flows-path"];
  if (values["dry-run"])
    inputs["dry-run"] = "true";
  if (values.concurrency)
    inputs.concurrency = values.concurrency;
  if (values.event)
    inputs.event = values.event;
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (token && inputs["github-token"] === undefined)
    inputs["github-token"] = token;
  inputs.state ??= values.state ?? "file";
  if (values["state-dir"] && inputs["state-dir"] === undefined)
    inputs["state-dir"] = values["state-dir"];
  if (values.branch && inputs["state-branch"] === undefined)
    inputs["state-branch"] = values.branch;
  return inputs;
}
async function actionInputNames() {
  const dir = flowsActionPackageDir2();
  if (!dir)
    return;
  let text;
  try {
    text = await readFile2(join5(dir, "action.yml"), "utf8");
  } catch {
    return;
  }
  const block = /^inputs:\n([\s\S]*?)(?=^\S)/m.exec(`${text}
_`)?.[1] ?? "";
  return [...block.matchAll(/^ {2}([a-z0-9][a-z0-9-]*):/gm)].map((match) => match[1]);
}
export {
  githubFromCommandLine
};
